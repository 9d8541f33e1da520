// "PNG" under a chart: draws the chart's SVG download (same site, so the canvas may be read back) into a canvas
// at twice its size, on white, and saves it. The server draws no PNG: the browser already has a renderer with the
// reader's fonts for Chinese, and the server would need a native graphics library for it.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('button.chart-png');
    if (!button) {
        return;
    }

    button.disabled = true;
    try {
        const image = new Image();
        image.src = button.dataset.svg;
        await image.decode();
        const scale = 2;
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth * scale;
        canvas.height = image.naturalHeight * scale;
        const context = canvas.getContext('2d');
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = button.dataset.file;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } finally {
        button.disabled = false;
    }
});
