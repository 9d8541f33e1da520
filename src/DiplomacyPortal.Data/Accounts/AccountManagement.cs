using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Data.Accounts;

/// <summary>Managing accounts outside the web app (the CLI's `users`): Identity over the store, with the portal's password and lockout rules.</summary>
public static class AccountManagement
{
    public static IServiceCollection AddAccountManagement(this IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(PortalRoles.ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>();
        services.AddScoped<AccountService>();
        return services;
    }
}
