function (newDoc, oldDoc, userCtx, secObj) {
  // validate_doc_update of a territory database (installed by setup.sh as _design/escale).
  // Roles: "coordinator" (the territory's coordinator), "structure" plus "structure:<id>" (one place).
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  var coordinator = has('_admin') || has('coordinator');
  function forbid(message) { throw({forbidden: message}); }
  function need(field) {
    if (newDoc[field] === undefined || newDoc[field] === null || newDoc[field] === '')
      forbid('The field ' + field + ' is required in ' + newDoc._id + '.');
  }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!has('_admin')) forbid('Only an administrator changes design documents.');
    return;
  }
  var type = newDoc.type || (oldDoc && oldDoc.type);
  if (!type) forbid('Every document has a type.');
  if (id.indexOf(type + ':') !== 0) forbid('The id of a ' + type + ' starts with "' + type + ':".');
  var suffix = id.substring(type.length + 1);
  // Personal data never reaches the server.
  var personal = ['beneficiary_id'];
  for (var i = 0; i < personal.length; i++)
    if (!newDoc._deleted && newDoc[personal[i]] !== undefined && newDoc[personal[i]] !== '' && type !== 'structure')
      forbid('Personal data (' + personal[i] + ') never goes to the server.');

  if (type === 'structure' || type === 'place') {
    // A structure edits only its own card; the coordinator edits every place.
    if (!coordinator && !has('structure:' + suffix))
      forbid('A structure edits only its own place.');
    if (!newDoc._deleted) { need('nom'); need('commune'); }
    return;
  }
  if (type === 'cheque') {
    if (!coordinator && !has('structure')) forbid('Only the network edits cheques.');
    if (newDoc._deleted) { if (!coordinator) forbid('Only the coordinator deletes a cheque.'); return; }
    need('code');
    // A cheque's journal only grows: no entry is removed or rewritten.
    if (oldDoc && oldDoc.journal) {
      var before = oldDoc.journal, after = newDoc.journal || [];
      if (after.length < before.length) forbid('A cheque\'s journal only grows.');
      for (var j = 0; j < before.length; j++)
        if (JSON.stringify(before[j]) !== JSON.stringify(after[j]))
          forbid('A cheque\'s journal only grows: entry ' + j + ' was changed.');
    }
    return;
  }
  if (type === 'cheque_journal') {
    // Journal entries as documents: written once, never changed nor deleted (except by the coordinator).
    if (oldDoc && !oldDoc._deleted && !coordinator) forbid('A journal entry is never changed.');
    if (!newDoc._deleted) { need('cheque_id'); need('to_status'); }
    return;
  }
  // Content (orientation trees, competency frameworks, schemes, booklets, claims): the coordinator,
  // or a structure for what it created itself (origin is checked by the coordinator's review).
  if (!coordinator && !has('structure')) forbid('You have no rights on this database.');
}
