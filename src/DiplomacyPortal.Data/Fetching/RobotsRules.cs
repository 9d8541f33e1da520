using System.Globalization;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>
/// A site's robots.txt as RFC 9309 reads it, for one crawler: the group whose user-agent names the crawler (matched
/// case-insensitively on the product token), else the <c>*</c> group; within it the longest matching Allow or Disallow
/// rule wins, Allow on a tie; <c>*</c> matches any characters and a final <c>$</c> anchors the end. <c>Crawl-delay</c>, not
/// part of the RFC but widely used, is read from the same group. A missing or unreadable robots.txt allows everything.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Everything allowed (no robots.txt, or one that could not be fetched with a 4xx).</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Nothing allowed (RFC 9309: a server error on robots.txt means the whole site is disallowed for now).</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    /// <summary>The delay the site asks for between requests, when its group says.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Reads robots.txt for the crawler whose product token is <paramref name="userAgent"/>.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(userAgent);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var (key, value) = (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            if (key == "user-agent")
            {
                // Consecutive user-agent lines open one group together.
                if (!lastWasAgent || current is null)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            switch (key)
            {
                case "allow" or "disallow" when current is not null && value.Length > 0:
                    current.Rules.Add((value, key == "allow"));
                    break;
                case "crawl-delay" when current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                    break;
            }
        }

        var token = userAgent.Split('/')[0].Trim().ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        // Several groups for the same agent are one group (RFC 9309, 2.2.1).
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)], chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>Whether the crawler may fetch <paramref name="pathAndQuery"/> (the URL's path with its query).</summary>
    public bool Allows(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = Uri.UnescapeDataString(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        (int Length, bool Allow)? best = null;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(Uri.UnescapeDataString(pattern), path))
            {
                continue;
            }

            if (best is null || pattern.Length > best.Value.Length || (pattern.Length == best.Value.Length && allow))
            {
                best = (pattern.Length, allow);
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>A rule's pattern against a path: a prefix match, <c>*</c> for any characters, a final <c>$</c> for the end.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var position = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1 && anchored
                ? (path.EndsWith(parts[i], StringComparison.Ordinal) && path.Length - parts[i].Length >= position ? path.Length - parts[i].Length : -1)
                : path.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return !anchored || position == path.Length;
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
