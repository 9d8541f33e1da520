// Draws the network page's graph with Cytoscape.js (served from wwwroot/lib/cytoscape). The page hands the graph over
// in the drawing's data-graph attribute, because the site's rules forbid inline scripts; the table beneath the drawing
// holds the same data for anyone who cannot use the picture, and is all there is without this script.
(function () {
    const container = document.getElementById('network-graph');
    if (!container || typeof cytoscape !== 'function') {
        return;
    }

    const graph = JSON.parse(container.dataset.graph);

    // Cytoscape adds an inline <style> giving its container position: relative unless an element with this id is in the
    // page. The site's rules refuse inline styles, so site.css gives .network-graph that position and this marker says so.
    const marker = '__________cytoscape_stylesheet';
    if (!document.getElementById(marker)) {
        const meta = document.createElement('meta');
        meta.id = marker;
        document.head.append(meta);
    }

    // Vietnam is in every pair, so it keeps one colour; the others take one by their code, the same on every visit.
    const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#8c6d31'];
    function colour(code) {
        if (!code) {
            return '#adb5bd';
        }

        if (code === 'VN') {
            return '#d62728';
        }

        let hash = 0;
        for (const c of code) {
            hash = (hash * 31 + c.charCodeAt(0)) % 997;
        }

        return palette[hash % palette.length];
    }

    const mostMeetings = Math.max(1, ...graph.nodes.map(n => n.meetings));
    const heaviest = Math.max(1, ...graph.edges.map(e => e.weight));
    const elements = graph.nodes.map(n => ({
        data: { id: 'n' + n.id, label: n.label, colour: colour(n.country), size: 14 + 46 * Math.sqrt(n.meetings / mostMeetings) },
    })).concat(graph.edges.map((e, i) => ({
        data: { id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target, width: 1 + 7 * e.weight / heaviest },
    })));

    cytoscape({
        container: container,
        elements: elements,
        style: [
            {
                selector: 'node',
                style: {
                    'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
                    'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'min-zoomed-font-size': 7,
                },
            },
            { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#6c757d', 'opacity': 0.55, 'curve-style': 'haystack' } },
        ],
        layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true },
    });

    // The legend: a swatch and the country's name for each colour drawn.
    const legend = document.getElementById('network-legend');
    for (const [code, name] of Object.entries(graph.countries)) {
        const item = document.createElement('li');
        item.className = 'list-inline-item';
        const swatch = document.createElement('span');
        swatch.className = 'network-swatch';
        swatch.style.backgroundColor = colour(code);
        item.append(swatch, name);
        legend.append(item);
    }
})();
