using System.Collections.Concurrent;
using System.Data.Common;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests;

/// <summary>The portal over real HTTP, on a real SQLite file of its own, seeded with the five sample articles on start.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-web-").FullName;

    public CommandCounter Commands { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("Portal:SeedFolder", Path.Combine(AppContext.BaseDirectory, "seeds"));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection is left for the OS to clean.
        }
    }
}

/// <summary>Counts the SQL commands each request sends, to prove that pages issue a bounded number of queries.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public int Count => _commands.Count;

    public void Reset() => _commands.Clear();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _commands.Enqueue(result.CommandText);
        return result;
    }
}

[CollectionDefinition(nameof(SharedPortal))]
public sealed class SharedPortal : ICollectionFixture<PortalFactory>;
