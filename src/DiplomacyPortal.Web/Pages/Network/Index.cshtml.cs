using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Pages.Network;

/// <summary>Who met whom: officials (or countries) as nodes, shared meetings as edges, drawn and as a table.</summary>
public sealed class IndexModel(IDbContextFactory<PortalDbContext> contexts) : PageModel
{
    public NetworkFilter Filter { get; private set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public NetworkGraph Graph { get; private set; } = null!;

    /// <summary>The nodes by id, for the table of edges.</summary>
    public IReadOnlyDictionary<string, NetworkNode> Nodes { get; private set; } = new Dictionary<string, NetworkNode>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Filter, var problems) = NetworkFilterBinding.Read(Request.Query);
        Problems = problems;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Graph = await NetworkQueries.GraphAsync(db, Filter, cancellationToken);
        Nodes = Graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public string Link(NetworkFilter filter, string path = "/network") => NetworkFilterBinding.Link(filter, path);
}
