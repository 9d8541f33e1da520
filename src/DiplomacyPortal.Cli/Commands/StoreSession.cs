using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// The store as the commands see it: the same store the web app uses (the file DIPLOMACYPORTAL_DB or
/// data/portal.db; or the server Database__Provider=Postgres and ConnectionStrings__Portal name), migrated on
/// open, with a structured log in a rolling file under the data folder.
/// </summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly SerilogLoggerFactory _loggers;
    private readonly StoreLock? _inUse;

    private StoreSession(StoreSettings settings, SerilogLoggerFactory loggers)
    {
        Settings = settings;
        _loggers = loggers;

        // A restore waits for no one: it is refused while a command holds the store.
        _inUse = StoreLock.TakeShared(settings);
        Ingestor = new ArticleIngestor(NewContext, ArticleFileReader.Default, loggers.CreateLogger<ArticleIngestor>(), TimeProvider.System);
    }

    public StoreSettings Settings { get; }

    public ArticleIngestor Ingestor { get; }

    /// <summary>Opens the store; <paramref name="database"/> (--db) names a SQLite file instead of the default store.</summary>
    public static Task<StoreSession> OpenAsync(string? database, CancellationToken cancellationToken = default) =>
        OpenAsync(StoreSettings.FromEnvironment(database), cancellationToken);

    /// <summary>Opens the store the settings name.</summary>
    public static async Task<StoreSession> OpenAsync(StoreSettings settings, CancellationToken cancellationToken = default)
    {
        var logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.File(
                Path.Combine(PortalDatabase.DataFolder(settings), "logs", "cli-.log"),
                rollingInterval: RollingInterval.Day,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        var session = new StoreSession(settings, new SerilogLoggerFactory(logger, dispose: true));
        await using var db = session.NewContext();
        await PortalDatabase.InitializeAsync(db, cancellationToken);
        return session;
    }

    public PortalDbContext NewContext() => new(PortalDatabase.Options(Settings));

    public ValueTask DisposeAsync()
    {
        _loggers.Dispose();
        _inUse?.Dispose();
        return ValueTask.CompletedTask;
    }
}
