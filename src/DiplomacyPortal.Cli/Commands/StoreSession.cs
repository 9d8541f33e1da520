using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// The store as the commands see it: the same database file the web app uses (DIPLOMACYPORTAL_DB, or
/// data/portal.db), migrated on open, with a structured log in a rolling file beside it.
/// </summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly SerilogLoggerFactory _loggers;

    private StoreSession(string connectionString, SerilogLoggerFactory loggers)
    {
        ConnectionString = connectionString;
        _loggers = loggers;
        Ingestor = new ArticleIngestor(NewContext, ArticleFileReader.Default, loggers.CreateLogger<ArticleIngestor>(), TimeProvider.System);
    }

    public string ConnectionString { get; }

    public ArticleIngestor Ingestor { get; }

    /// <summary>Opens the store; <paramref name="database"/> overrides the default file.</summary>
    public static async Task<StoreSession> OpenAsync(string? database, CancellationToken cancellationToken = default)
    {
        var connectionString = PortalDatabase.ResolveConnectionString(database is null ? null : $"Data Source={database}");
        var logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.File(
                Path.Combine(PortalDatabase.DataFolder(connectionString), "logs", "cli-.log"),
                rollingInterval: RollingInterval.Day,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        var session = new StoreSession(connectionString, new SerilogLoggerFactory(logger, dispose: true));
        await using var db = session.NewContext();
        await PortalDatabase.InitializeAsync(db, cancellationToken);
        return session;
    }

    public PortalDbContext NewContext() => new(PortalDatabase.Options(ConnectionString));

    public ValueTask DisposeAsync()
    {
        _loggers.Dispose();
        return ValueTask.CompletedTask;
    }
}
