using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacyPortal.Web.Startup;

/// <summary>Imports the sample articles into an empty store, so that a new user sees articles at once.</summary>
public sealed partial class SeedImporter(IDbContextFactory<PortalDbContext> contexts, ArticleIngestor ingestor, IOptions<PortalOptions> options, IWebHostEnvironment environment, ILogger<SeedImporter> logger)
{
    public async Task ImportWhenEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.SeedWhenEmpty)
        {
            return;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.SourceFiles.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var folder = FindSeedFolder();
        if (folder is null)
        {
            LogNoSeeds(logger);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            await ingestor.ImportAsync(await File.ReadAllBytesAsync(file, cancellationToken), Path.GetFileName(file), "seed", cancellationToken);
        }

        LogSeeded(logger, folder);
    }

    private string? FindSeedFolder()
    {
        if (options.Value.SeedFolder is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        // `dotnet run --project src/DiplomacyPortal.Web` starts in the repository or in the project folder.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: imported the sample articles from {Folder}")]
    private static partial void LogSeeded(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and no seeds folder was found; set Portal:SeedFolder to import the samples")]
    private static partial void LogNoSeeds(ILogger logger);
}
