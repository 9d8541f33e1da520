#!/usr/bin/env bash
# Copies the npm packages of package.json to where the portal and its tests serve them from. The copies are
# committed: building and testing the portal needs no npm. Run `npm install && npm run vendor` after changing a
# version in package.json.
set -euo pipefail
cd "$(dirname "$0")/.."

copy() { # package, file in the package, destination folder
  mkdir -p "$3"
  cp "node_modules/$1/$2" "$3/"
}

# The network page's graph drawing, with its licence beside it.
copy cytoscape dist/cytoscape.min.js src/DiplomacyPortal.Web/wwwroot/lib/cytoscape
copy cytoscape LICENSE src/DiplomacyPortal.Web/wwwroot/lib/cytoscape

# The accessibility checker the browser tests run in each page under test.
copy axe-core axe.min.js tests/DiplomacyPortal.Web.Tests/Browser/axe
copy axe-core LICENSE tests/DiplomacyPortal.Web.Tests/Browser/axe
