using System.ComponentModel.DataAnnotations;
using DiplomacyPortal.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Admin;

/// <summary>Admins create accounts, make them readers, editors or admins, and lift lockouts.</summary>
public sealed class UsersModel(AccountService accounts, UserManager<IdentityUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public string? Notice { get; private set; }

    public async Task OnGetAsync() => Accounts = await accounts.ListAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (ModelState.IsValid)
        {
            var errors = await accounts.AddAsync(Input.UserName.Trim(), Input.Password, Input.Kind);
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            if (errors.Count == 0)
            {
                Notice = t["账户 {0} 已创建。", Input.UserName];
                Input = new NewAccount();
                ModelState.Clear();
            }
        }

        Accounts = await accounts.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostKindAsync(string id, AccountKind? kind)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        // A kind missing or none of the three must not fall back to the default (reader) and demote the account.
        if (kind is not { } wanted || !Enum.IsDefined(wanted))
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, t["未知的账户类型，账户未修改。"]);
        }
        else if (user.UserName == User.Identity!.Name && wanted != AccountKind.Admin)
        {
            // An admin cannot demote themselves: the portal would be left without anyone to undo it.
            ModelState.AddModelError(string.Empty, t["不能取消自己的管理员权限。"]);
        }
        else
        {
            foreach (var error in await accounts.SetKindAsync(user, wanted))
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        Notice = ModelState.IsValid ? t["账户 {0} 已更新。", user.UserName!].Value : null;
        Accounts = await accounts.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Notice = t["账户 {0} 已解锁。", user.UserName!];
        Accounts = await accounts.ListAsync();
        return Page();
    }

    public sealed class NewAccount
    {
        [Required(ErrorMessage = "请输入用户名。")]
        [StringLength(64)]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请输入密码。")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        public AccountKind Kind { get; set; } = AccountKind.Editor;
    }
}
