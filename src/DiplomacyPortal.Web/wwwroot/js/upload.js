// Drag and drop onto the upload form: dropped files join those already chosen in the file input.
(function () {
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('files');
  if (!zone || !input) return;

  const highlight = on => zone.classList.toggle('drop-active', on);
  ['dragenter', 'dragover'].forEach(name => zone.addEventListener(name, e => { e.preventDefault(); highlight(true); }));
  ['dragleave', 'drop'].forEach(name => zone.addEventListener(name, e => { e.preventDefault(); highlight(false); }));
  zone.addEventListener('drop', e => {
    const files = new DataTransfer();
    for (const f of input.files) files.items.add(f);
    for (const f of e.dataTransfer.files) files.items.add(f);
    input.files = files.files;
  });
})();
