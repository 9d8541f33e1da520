using System.Collections.Concurrent;
using System.Data.Common;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Web.Tests.Support;

/// <summary>
/// The portal over real HTTP, on a real SQLite file of its own, seeded with the five sample articles on start
/// (or empty, for tests of importing them). Extra settings (a low sign-in limit…) are given to the constructor.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-web-").FullName;
    private readonly bool _seeded = true;
    private readonly IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    public PortalFactory()
    {
    }

    private PortalFactory(bool seeded, IReadOnlyDictionary<string, string> settings)
    {
        _seeded = seeded;
        _settings = settings;
    }

    /// <summary>A portal with an empty store (no seeds), or with settings of its own.</summary>
    public static PortalFactory With(bool seeded, IReadOnlyDictionary<string, string>? settings = null) => new(seeded, settings ?? new Dictionary<string, string>());

    public CommandCounter Commands { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        builder.UseSetting("Portal:SeedFolder", Path.Combine(AppContext.BaseDirectory, "seeds"));
        builder.UseSetting("Portal:SeedWhenEmpty", _seeded ? "true" : "false");

        // Tests sign in often from one address; the limit itself is tested with a low value given here.
        builder.UseSetting("Portal:SignInAttemptsPerMinute", "100000");

        // Tests sign out and change accounts' kinds and look at once; production checks sessions once a minute.
        builder.UseSetting("Portal:SessionCheckSeconds", "0");

        // Tests change the store and look at the pages at once; the page cache is tested on its own with a value given here.
        builder.UseSetting("Portal:PageCacheSeconds", "0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

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

    /// <summary>A client that follows no redirects, so tests see the 302 to the sign-in page.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
