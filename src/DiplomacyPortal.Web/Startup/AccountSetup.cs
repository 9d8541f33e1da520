using System.Threading.RateLimiting;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace DiplomacyPortal.Web.Startup;

/// <summary>Sign-in for editors and admins: Identity in the portal's store, cookie settings, policies, sign-in rate limit.</summary>
public static class AccountSetup
{
    /// <summary>The policy of every page that changes data.</summary>
    public const string EditorPolicy = "Editor";

    /// <summary>The policy of account management and restoring hidden articles.</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The rate limiter of the sign-in form.</summary>
    public const string SignInLimiter = "sign-in";

    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<IdentityUser, IdentityRole>(PortalRoles.ConfigureIdentity)
            .AddEntityFrameworkStores<PortalDbContext>();
        services.AddScoped<AccountService>();

        // A session ends when its account's security stamp changes (sign-out, a new kind, a new password): the stamp
        // in the cookie is checked against the store at most Portal:SessionCheckSeconds (default 60) after the
        // change, so a saved cookie is worth nothing after; 0 checks on every request.
        var sessionCheck = TimeSpan.FromSeconds(configuration.GetValue("Portal:SessionCheckSeconds", 60));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = sessionCheck);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.Cookie.Name = "portal.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                // Identity's own check of the security stamp, kept when the events are replaced here.
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,

                // Browsers are sent to the sign-in page; scripts and API clients get the status code.
                OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(PortalRoles.Editor, PortalRoles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(PortalRoles.Admin));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var attemptsPerMinute = configuration.GetValue("Portal:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Posting the form is what is limited, per client address; showing the form is not.
            options.AddPolicy(SignInLimiter, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var wantsPage = !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (wantsPage)
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
