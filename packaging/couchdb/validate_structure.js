function (newDoc, oldDoc, userCtx, secObj) {
  // validate_doc_update of a structure database (pseudonymous activity figures of one place).
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function forbid(message) { throw({forbidden: message}); }
  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    if (!has('_admin')) forbid('Only an administrator changes design documents.');
    return;
  }
  // Members are set by _security (the structure's own role and the coordinator); readers may not write.
  // CouchDB 3 always passes the security object (and the database's name in userCtx.db); pouchdb-server
  // 4.2.0 passes an empty one to the validation of _bulk_docs, the replication's way of writing: there,
  // the database's _security, which admitted this account, is the check (docs/sync.md).
  if (!has('_admin') && !has('coordinator')) {
    var members = secObj && secObj.members && secObj.members.roles;
    var allowed = false, i;
    if (members) {
      for (i = 0; i < members.length; i++) if (has(members[i]) && members[i] !== 'coordinator') allowed = true;
    } else if (userCtx && userCtx.db) {
      for (i = 0; i < roles.length; i++) {
        var suffix = '-structure-' + roles[i].substring('structure:'.length);
        if (roles[i].indexOf('structure:') === 0 && userCtx.db.length > suffix.length &&
            userCtx.db.substring(userCtx.db.length - suffix.length) === suffix) allowed = true;
      }
    } else {
      allowed = true;
    }
    if (!allowed) forbid('A structure edits only its own activity figures.');
  }
  var type = newDoc.type || (oldDoc && oldDoc.type);
  if (!type) forbid('Every document has a type.');
  if (newDoc._deleted) return;
  if (type === 'activity') {
    if (!newDoc.date) forbid('An activity has a date.');
    if (!(newDoc.duree_minutes > 0)) forbid('An activity has a duration.');
    var personal = ['beneficiary_id', 'notes', 'nom', 'prenom'];
    for (var j = 0; j < personal.length; j++)
      if (newDoc[personal[j]] !== undefined && newDoc[personal[j]] !== '')
        forbid('Personal data (' + personal[j] + ') never goes to the server.');
  }
}
