using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacyPortal.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add NAME --project src/DiplomacyPortal.Data.Postgres` build the context for
/// PostgreSQL without a host; adding a migration does not connect to a server.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PortalDatabase.Options(new Storage.StoreSettings(Storage.StoreProvider.Postgres, "Host=localhost;Database=design_time")));
}
