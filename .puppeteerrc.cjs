// Browsers come from the OS packages (see README); never let a dependency download one.
module.exports = { skipDownload: true };
