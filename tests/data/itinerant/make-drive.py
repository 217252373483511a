#!/usr/bin/env python3
"""Writes drive-three-stops.nmea: a cyberbus driving north through three stops 1.5 km apart at
54 km/h, one RMC sentence every 10 s; 3 minutes parked at each stop, one sentence without fix (V)
at the first stop and one 5 km jump while parked at the second. Run again to regenerate."""
import datetime, functools, math

R = 6371008.8
MPD = R * math.pi / 180
LON = 0.16
STOPS = [45.60, 45.60 + 1500 / MPD, 45.60 + 3000 / MPD]

def dm(value, width):
    deg = int(abs(value)); minutes = (abs(value) - deg) * 60
    return f"{deg:0{width}d}{minutes:07.4f}"

def sentence(body):
    cs = functools.reduce(lambda a, c: a ^ ord(c), body, 0)
    return f"${body}*{cs:02X}"

def rmc(t, lat, fix=True):
    hhmmss = t.strftime("%H%M%S.00"); date = t.strftime("%d%m%y")
    if not fix:
        return sentence(f"GPRMC,{hhmmss},V,,,,,,,{date},,,N")
    return sentence(f"GPRMC,{hhmmss},A,{dm(lat, 2)},N,{dm(LON, 3)},E,29.2,0.0,{date},,,A")

t = datetime.datetime(2026, 11, 23, 7, 30, 0)
lat = STOPS[0] - 1500 / MPD
lines = []
def emit(l, fix=True):
    global t
    t += datetime.timedelta(seconds=10)
    lines.append(rmc(t, l, fix))
def drive(target):
    global lat
    step = 150 / MPD
    while target - lat > 1e-9:
        lat = min(target, lat + step)
        emit(lat)
for i, s in enumerate(STOPS):
    drive(s)
    for k in range(18):
        if i == 0 and k == 9:
            emit(s, fix=False)
        elif i == 1 and k == 9:
            emit(s + 5000 / MPD)
        else:
            emit(s + ((k % 3) - 1) * 8 / MPD)
drive(STOPS[-1] + 1500 / MPD)
open("drive-three-stops.nmea", "w").write("\r\n".join(lines) + "\r\n")
print(len(lines), "sentences")
