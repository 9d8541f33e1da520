// The search box suggests officials, countries and pairs as someone types (/api/v1/suggest); a suggestion is a link
// to its page. Arrow keys move through the list, Enter follows the one chosen, Escape closes it. Without this script
// the box still searches the full text.
(function () {
    const input = document.getElementById('search-box');
    const list = document.getElementById('search-suggestions');
    if (!input || !list) {
        return;
    }

    let timer = 0;
    let chosen = -1;

    function close() {
        list.replaceChildren();
        list.classList.remove('show');
        input.setAttribute('aria-expanded', 'false');
        chosen = -1;
    }

    function show(suggestions) {
        list.replaceChildren(...suggestions.map(function (s, i) {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.className = 'dropdown-item';
            link.href = s.url;
            link.id = 'suggestion-' + i;
            link.setAttribute('role', 'option');
            link.textContent = s.label;
            if (s.chinese && s.chinese !== s.label) {
                const chinese = document.createElement('small');
                chinese.className = 'text-muted ms-2';
                chinese.lang = 'zh';
                chinese.textContent = s.chinese;
                link.appendChild(chinese);
            }

            item.appendChild(link);
            return item;
        }));
        list.classList.toggle('show', suggestions.length > 0);
        input.setAttribute('aria-expanded', suggestions.length > 0 ? 'true' : 'false');
        chosen = -1;
    }

    function choose(index) {
        const links = list.querySelectorAll('a');
        if (links.length === 0) {
            return;
        }

        chosen = (index + links.length) % links.length;
        links.forEach(function (link, i) { link.classList.toggle('active', i === chosen); });
        input.setAttribute('aria-activedescendant', links[chosen].id);
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        const q = input.value.trim();
        if (q.length === 0) {
            close();
            return;
        }

        timer = setTimeout(function () {
            fetch('/api/v1/suggest?q=' + encodeURIComponent(q))
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (suggestions) { if (input.value.trim() === q) { show(suggestions); } })
                .catch(close);
        }, 150);
    });

    input.addEventListener('keydown', function (event) {
        if (event.key === 'ArrowDown') { choose(chosen + 1); event.preventDefault(); }
        else if (event.key === 'ArrowUp') { choose(chosen - 1); event.preventDefault(); }
        else if (event.key === 'Escape') { close(); }
        else if (event.key === 'Enter' && chosen >= 0) {
            window.location.href = list.querySelectorAll('a')[chosen].href;
            event.preventDefault();
        }
    });

    input.addEventListener('blur', function () { setTimeout(close, 200); });
})();
