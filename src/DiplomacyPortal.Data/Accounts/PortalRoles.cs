using Microsoft.AspNetCore.Identity;

namespace DiplomacyPortal.Data.Accounts;

/// <summary>
/// The roles of the portal behind the kinds of account (<see cref="AccountKind"/>): a reader holds none, an editor
/// the Editor role, an admin both.
/// </summary>
public static class PortalRoles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>The kinds of account as the command line and the admin page write them: reader, editor, admin.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AccountKind>().Select(NameOf)];

    /// <summary>A kind of account in lower case, as people type it.</summary>
    public static string NameOf(AccountKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind of account a name (reader, editor, admin; any case) stands for; null for any other word.</summary>
    public static AccountKind? KindNamed(string? name) =>
        Enum.GetValues<AccountKind>().Select(k => (AccountKind?)k).FirstOrDefault(k => string.Equals(NameOf(k!.Value), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The roles an account of the given kind holds.</summary>
    public static string[] RolesFor(AccountKind kind) => kind switch
    {
        AccountKind.Admin => [Editor, Admin],
        AccountKind.Editor => [Editor],
        _ => [],
    };

    /// <summary>The kind of an account that holds the given roles.</summary>
    public static AccountKind KindOf(ICollection<string> roles) =>
        roles.Contains(Admin) ? AccountKind.Admin : roles.Contains(Editor) ? AccountKind.Editor : AccountKind.Reader;

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
