using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Data.Accounts;

/// <summary>An account as the admin page lists it.</summary>
public sealed record AccountSummary(string Id, string UserName, AccountKind Kind, bool IsLockedOut);

/// <summary>Creates accounts and sets their kind (reader, editor, admin); used by the CLI and the admin page.</summary>
public sealed class AccountService(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>Creates an account; the errors in plain words when it cannot be.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string userName, string password, AccountKind kind)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return [$"An account named {userName} exists already."];
        }

        var user = new IdentityUser(userName);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        return await SetKindAsync(user, kind);
    }

    /// <summary>Makes an account a reader, an editor or an admin.</summary>
    public async Task<IReadOnlyList<string>> SetKindAsync(IdentityUser user, AccountKind kind)
    {
        ArgumentNullException.ThrowIfNull(user);
        var wanted = PortalRoles.RolesFor(kind);

        foreach (var role in new[] { PortalRoles.Editor, PortalRoles.Admin }.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        var added = await users.AddToRolesAsync(user, wanted.Except(current));

        // The account's open sessions end with the old kind: its next request signs in again with the new one.
        var renewed = await users.UpdateSecurityStampAsync(user);
        return removed.Errors.Concat(added.Errors).Concat(renewed.Errors).Select(e => e.Description).ToList();
    }

    /// <summary>Every account with its kind, by name.</summary>
    public async Task<List<AccountSummary>> ListAsync()
    {
        var list = new List<AccountSummary>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            var kind = PortalRoles.KindOf(await users.GetRolesAsync(user));
            list.Add(new AccountSummary(user.Id, user.UserName!, kind, await users.IsLockedOutAsync(user)));
        }

        return list;
    }
}
