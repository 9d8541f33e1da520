using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Accounts;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// The store as the commands see it: the same store the web app uses (the file DIPLOMACYPORTAL_DB or
/// data/portal.db; or the server Database__Provider=Postgres and ConnectionStrings__Portal name), composed on the
/// Generic Host with the registrations the portal uses, migrated on open, with a structured log in a rolling file
/// under the data folder. While it is open the store is marked in use, so a restore waits for it.
/// </summary>
public sealed class StoreSession : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly StoreLock? _inUse;

    private StoreSession(IHost host, StoreSettings settings, StoreLock? inUse)
    {
        _host = host;
        Settings = settings;
        _inUse = inUse;
    }

    public StoreSettings Settings { get; }

    public IServiceProvider Services => _host.Services;

    public ArticleIngestor Ingestor => Services.GetRequiredService<ArticleIngestor>();

    /// <summary>
    /// The store a command works on: <paramref name="sqliteFile"/> (--db) when given, else the one the environment
    /// names with the web app's settings (Database__Provider, ConnectionStrings__Portal, DIPLOMACYPORTAL_DB).
    /// </summary>
    public static StoreSettings Resolve(string? sqliteFile) =>
        sqliteFile is not null ? StoreSettings.Sqlite(sqliteFile) : StoreSettings.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>Opens the store <see cref="Resolve"/> names.</summary>
    public static Task<StoreSession> OpenAsync(string? sqliteFile, CancellationToken cancellationToken = default) =>
        OpenAsync(Resolve(sqliteFile), null, cancellationToken);

    /// <summary>Opens the store <see cref="Resolve"/> names, with services of a command's own (<paramref name="configure"/>).</summary>
    public static Task<StoreSession> OpenAsync(string? sqliteFile, Action<HostApplicationBuilder> configure, CancellationToken cancellationToken) =>
        OpenAsync(Resolve(sqliteFile), configure, cancellationToken);

    /// <summary>Opens the store the settings name.</summary>
    public static Task<StoreSession> OpenAsync(StoreSettings settings, CancellationToken cancellationToken = default) =>
        OpenAsync(settings, null, cancellationToken);

    /// <summary>Opens the store the settings name; <paramref name="configure"/> adds services (a command's background service).</summary>
    public static async Task<StoreSession> OpenAsync(StoreSettings settings, Action<HostApplicationBuilder>? configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var inUse = StoreLock.TakeShared(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders().AddSerilog(
            new LoggerConfiguration()
                .Enrich.FromLogContext()
                .WriteTo.File(
                    Path.Combine(StoreLocation.DataFolder(settings), "logs", "cli-.log"),
                    rollingInterval: RollingInterval.Day,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .CreateLogger(),
            dispose: true);
        builder.Services.AddPortalStore(settings).AddIngestion().AddAccountManagement();
        configure?.Invoke(builder);
        var session = new StoreSession(builder.Build(), settings, inUse);
        await using var db = session.NewContext();
        await StoreInitializer.RunAsync(db, cancellationToken);
        return session;
    }

    /// <summary>Runs the session's background services until <paramref name="cancellationToken"/> is cancelled (Ctrl-C).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _host.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        await _host.StopAsync(CancellationToken.None);
    }

    public PortalDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }

        _inUse?.Dispose();
    }
}
