using System.Text.Json;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data.Queries;

namespace DiplomacyPortal.Web.Presentation;

/// <summary>How the network page names its nodes and hands the graph to wwwroot/js/network.js.</summary>
public static class NetworkDrawing
{
    /// <summary>In English the romanised name (an official's) or the English name (a country's); else, or when there is none, the Chinese.</summary>
    public static string Label(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Display.English && !string.IsNullOrEmpty(node.RomanName) ? node.RomanName : node.Name;
    }

    /// <summary>
    /// The graph as the script reads it from the drawing's data-graph attribute (the site's rules forbid inline
    /// scripts): nodes with their label in the page's language, edges with their weight, and the countries' names for the legend.
    /// </summary>
    public static string Json(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return JsonSerializer.Serialize(new
        {
            nodes = graph.Nodes.Select(n => new { id = n.Id, label = Label(n), country = n.Country, meetings = n.Meetings }),
            edges = graph.Edges.Select(e => new { source = e.Source, target = e.Target, weight = e.Meetings }),
            countries = graph.Nodes.Select(n => n.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToDictionary(c => c, Display.Country),
        });
    }

    /// <summary>The canonical pair of two countries ("CN-VN"), or null when either is unknown or both are the same.</summary>
    public static string? Pair(string? first, string? second) =>
        CountryPair.TryParse($"{first}-{second}", out var pair) ? pair.ToString() : null;
}
