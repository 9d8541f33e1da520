using System.Globalization;
using System.Text;
using System.Xml;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;

namespace DiplomacyPortal.Web.Api;

/// <summary>The network as the API answers it: the view's name, the counts, the nodes and the edges.</summary>
public sealed record NetworkAnswer(string View, int Meetings, int NodesBeforeCap, int Cap, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public static NetworkAnswer From(NetworkGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new(NetworkFilterBinding.Name(graph.View), graph.Meetings, graph.NodesBeforeCap, NetworkQueries.OfficialCap, graph.Nodes, graph.Edges);
    }
}

/// <summary>
/// The network as files for graph tools: GEXF 1.3 (Gephi) and GraphML. Written with <see cref="XmlWriter"/>, so every
/// name is escaped. A node's label is its romanised (or English) name when known, else the Chinese; the Chinese is
/// also an attribute of its own, with the country and the meetings; an edge's weight is its meetings.
/// </summary>
public static class NetworkFiles
{
    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = true };

    public static Task WriteGexfAsync(PortalDbContext db, NetworkFilter filter, HttpContext http) =>
        WriteAsync(db, filter, http, "gexf", "http://gexf.net/1.3", GexfBodyAsync);

    public static Task WriteGraphMlAsync(PortalDbContext db, NetworkFilter filter, HttpContext http) =>
        WriteAsync(db, filter, http, "graphml", "http://graphml.graphdrawing.org/xmlns", GraphMlBodyAsync);

    /// <summary>Reads the graph, then writes the document: its root element in its namespace, and what <paramref name="body"/> puts inside.</summary>
    private static async Task WriteAsync(PortalDbContext db, NetworkFilter filter, HttpContext http, string root, string ns, Func<XmlWriter, string, NetworkGraph, Task> body)
    {
        ArgumentNullException.ThrowIfNull(http);
        var graph = await NetworkQueries.GraphAsync(db, filter, http.RequestAborted);
        await using var xml = XmlWriter.Create(http.Response.Body, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, ns);
        await body(xml, ns, graph);
        await xml.WriteEndDocumentAsync();
    }

    private static async Task GexfBodyAsync(XmlWriter xml, string ns, NetworkGraph graph)
    {
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await xml.WriteStartElementAsync(null, "meta", ns);
        await xml.WriteElementStringAsync(null, "creator", ns, "DiplomacyPortal");
        await xml.WriteElementStringAsync(null, "description", ns, Description(graph));
        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "graph", ns);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "undirected");
        await xml.WriteStartElementAsync(null, "attributes", ns);
        await xml.WriteAttributeStringAsync(null, "class", null, "node");
        foreach (var (id, type) in NodeAttributes)
        {
            await xml.WriteStartElementAsync(null, "attribute", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, id);
            await xml.WriteAttributeStringAsync(null, "title", null, id);
            await xml.WriteAttributeStringAsync(null, "type", null, type == "int" ? "integer" : type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "nodes", ns);
        foreach (var node in graph.Nodes)
        {
            await xml.WriteStartElementAsync(null, "node", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await xml.WriteAttributeStringAsync(null, "label", null, node.RomanName ?? node.Name);
            await xml.WriteStartElementAsync(null, "attvalues", ns);
            foreach (var (id, value) in Values(node))
            {
                await xml.WriteStartElementAsync(null, "attvalue", ns);
                await xml.WriteAttributeStringAsync(null, "for", null, id);
                await xml.WriteAttributeStringAsync(null, "value", null, value);
                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteStartElementAsync(null, "edges", ns);
        foreach (var (edge, index) in graph.Edges.Select((e, i) => (e, i)))
        {
            await xml.WriteStartElementAsync(null, "edge", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, Number(index));
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await xml.WriteAttributeStringAsync(null, "weight", null, Number(edge.Meetings));
            await xml.WriteEndElementAsync();
        }
    }

    private static async Task GraphMlBodyAsync(XmlWriter xml, string ns, NetworkGraph graph)
    {
        foreach (var (id, type) in NodeAttributes.Prepend(("label", "string")))
        {
            await KeyAsync(xml, ns, id, "node", type);
        }

        await KeyAsync(xml, ns, "weight", "edge", "int");
        await xml.WriteStartElementAsync(null, "graph", ns);
        await xml.WriteAttributeStringAsync(null, "id", null, NetworkFilterBinding.Name(graph.View));
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "undirected");
        await xml.WriteStartElementAsync(null, "desc", ns);
        await xml.WriteStringAsync(Description(graph));
        await xml.WriteEndElementAsync();
        foreach (var node in graph.Nodes)
        {
            await xml.WriteStartElementAsync(null, "node", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            foreach (var (key, value) in Values(node).Prepend(("label", node.RomanName ?? node.Name)))
            {
                await DataAsync(xml, ns, key, value);
            }

            await xml.WriteEndElementAsync();
        }

        foreach (var edge in graph.Edges)
        {
            await xml.WriteStartElementAsync(null, "edge", ns);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await DataAsync(xml, ns, "weight", Number(edge.Meetings));
            await xml.WriteEndElementAsync();
        }
    }

    // The attributes of a node besides its label, with their GraphML types; docs/meetings-dataset.md documents them.
    private static readonly (string Id, string Type)[] NodeAttributes = [("name_zh", "string"), ("country", "string"), ("meetings", "int")];

    private static IEnumerable<(string Id, string Value)> Values(NetworkNode node) =>
        [("name_zh", node.Name), ("country", node.Country ?? string.Empty), ("meetings", Number(node.Meetings))];

    private static async Task KeyAsync(XmlWriter xml, string ns, string id, string owner, string type)
    {
        await xml.WriteStartElementAsync(null, "key", ns);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, owner);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, id);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter xml, string ns, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", ns);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static string Description(NetworkGraph graph) => graph.View == NetworkView.Countries
        ? $"Countries linked by the meetings of their pair: {Number(graph.Meetings)} meetings reported by VNA's Chinese edition."
        : $"Officials of different countries linked by the meetings they took part in: {Number(graph.Meetings)} meetings reported by VNA's Chinese edition; the {Number(graph.Nodes.Count)} busiest of {Number(graph.NodesBeforeCap)} officials.";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
