using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Data.Storage;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Api;
using DiplomacyPortal.Web.Middleware;
using DiplomacyPortal.Web.Operations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace DiplomacyPortal.Web.Startup;

/// <summary>What the portal is made of, registered in a few calls so Program.cs reads as a table of contents.</summary>
public static class PortalSetup
{
    /// <summary>Serilog to the console and to a rolling file beside the database.</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var store = Store(builder.Configuration);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(StoreLocation.DataFolder(store), "logs", "web-.log"),
                rollingInterval: RollingInterval.Day,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        return builder;
    }

    /// <summary>The store: Database:Provider (Sqlite, the default, or Postgres) and ConnectionStrings:Portal.</summary>
    public static StoreSettings Store(IConfiguration configuration) => StoreSettings.FromConfiguration(configuration);

    /// <summary>The store and the ingestion service.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalStore(configuration).AddIngestion().AddInbox(configuration).AddWebSources(configuration);
        services.AddOptions<PortalOptions>().BindConfiguration("Portal");

        // Keys in the store, not in one server's folder: a cookie or form token issued by one web process is
        // accepted by another serving the same store.
        services.AddDataProtection().SetApplicationName("DiplomacyPortal").PersistKeysToDbContext<PortalDbContext>();
        // Degraded, not unhealthy: the process itself is fine and a restart would not bring the store back.
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", failureStatus: Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded);
        services.AddTransient<SeedImporter>();
        return services;
    }

    /// <summary>Razor Pages, compression and the rest of the web layer.</summary>
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        // Chinese text is written as characters, not as &#x...; entities; <, >, & and quotes are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // The API writes Chinese as characters too; <, >, & and quotes stay escaped.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = new[] { new System.Globalization.CultureInfo(LanguageLinks.Chinese), new System.Globalization.CultureInfo(LanguageLinks.English) };
            options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(LanguageLinks.Chinese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // ?culture= first, then the cookie; the browser's Accept-Language is not used: the portal speaks Chinese unless asked.
            options.RequestCultureProviders =
            [
                new Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider(),
                new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider(),
            ];
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", AccountSetup.EditorPolicy);
            options.Conventions.AuthorizeFolder("/Admin", AccountSetup.AdminPolicy);
            options.Conventions.ConfigureFilter(new UnsupportedMethodFilter());
        })
        .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddMemoryCache();
        services.AddSingleton<Presentation.Charts.ChartStyle>();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "DiplomacyPortal API";
            document.Info.Description = "Read-only access to VNA's bilateral diplomacy articles, pairs, officials and the meetings dataset. Lists take the Articles page's filters.";
            return Task.CompletedTask;
        }));
        services.AddPageCache();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        return services;
    }

    /// <summary>Migrates the store and, when it is empty, imports the sample articles.</summary>
    public static async Task InitializePortalAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.HoldStore();
        await using var scope = app.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await StoreInitializer.RunAsync(db);
        }

        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportWhenEmptyAsync();
    }

    /// <summary>An answer that took longer than this is logged as a warning, so that an operator can find it.</summary>
    public const double SlowRequestMilliseconds = 1000;

    /// <summary>
    /// A request the client gave up on (it closed the connection) is logged as that, not as a server error; the
    /// rest by their status: 5xx as errors; a slow answer (over <see cref="SlowRequestMilliseconds"/>) as a warning
    /// even in a production log that keeps warnings only; others as information.
    /// </summary>
    public static Serilog.Events.LogEventLevel RequestLogLevel(HttpContext context, double elapsed, Exception? error) =>
        context.RequestAborted.IsCancellationRequested ? Serilog.Events.LogEventLevel.Information
        : error is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
        : elapsed > SlowRequestMilliseconds ? Serilog.Events.LogEventLevel.Warning
        : Serilog.Events.LogEventLevel.Information;

    /// <summary>
    /// The web server: no Server header naming it (it tells an attacker what to try); the build's static assets
    /// (stylesheets, scripts, their compressed copies) found in every environment, not only in Development — from
    /// `dotnet run` and the build output as from `dotnet publish`, where the call finds no manifest and changes
    /// nothing; run by systemd, the service tells systemd when it is ready and stops when told (docs/running.md); and
    /// SQLite's page caches share a bound (Portal:SqliteMemoryMegabytes), so that the memory of a busy server does not
    /// grow with the number of requests it has served at once.
    /// </summary>
    public static WebApplicationBuilder UsePortalServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Host.UseSystemd();
        SqliteProcessSettings.LimitMemory(builder.Configuration.GetValue("Portal:SqliteMemoryMegabytes", new PortalOptions().SqliteMemoryMegabytes) * 1024L * 1024);
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>The request pipeline.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Errors/ServerError");

            // Browsers that reached the portal over HTTPS keep to it (the header is sent on HTTPS answers only).
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UsePortalOperations();

        // The API reference, served from the Swashbuckle package (no CDN), over the OpenAPI document.
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "api/docs";
            options.SwaggerEndpoint("/openapi/v1.json", "DiplomacyPortal API v1");
            options.DocumentTitle = "DiplomacyPortal API";
        });
        app.UseResponseCompression();
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = RequestLogLevel;
            // With the query string: a slow or failed answer is found again only with its filters.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath}{QueryString} responded {StatusCode} in {Elapsed:0.0000} ms";
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("QueryString", context.Request.QueryString.Value ?? string.Empty);
        });
        app.UseRequestLocalization();
        app.UseLanguageCookie();
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authorization: only an editor's upload is ever read into the buffer that measures a chunked body.
        app.UseUploadRequestGuard();

        // After authentication (signed-in users are not cached) and localization (entries vary by language).
        app.UsePageCache();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi();
        app.MapPortalApi();
        app.MapExports();
        app.MapChartDownloads();
        app.MapFeeds();
        return app;
    }
}
