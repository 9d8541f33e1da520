using Microsoft.AspNetCore.Identity;

namespace DiplomacyPortal.Data.Accounts;

/// <summary>
/// The roles of the portal. A signed-in account with no role is a reader: it sees what anonymous visitors
/// see. Editors upload and correct; admins also manage accounts and restore hidden articles.
/// </summary>
public static class PortalRoles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>What the command line and the admin page accept, lower case: reader, editor, admin.</summary>
    public static IReadOnlyList<string> Names { get; } = ["reader", "editor", "admin"];

    /// <summary>The roles an account of the given kind holds; null for an unknown kind.</summary>
    public static string[]? RolesFor(string kind) => kind.ToLowerInvariant() switch
    {
        "reader" => [],
        "editor" => [Editor],
        "admin" => [Editor, Admin],
        _ => null,
    };

    /// <summary>The portal's rules for passwords and lockout, the same for the web app and the command line.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Length over composition rules: a long passphrase is stronger and easier to remember (NIST SP 800-63B).
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
    }
}
