using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Account;

/// <summary>
/// Signing in. A failure reads the same whether the account exists, is locked or the password is wrong, and does
/// the same costly work: an unknown name or a locked account still hashes a password, so neither the answer nor
/// its time (apart from recording a failure against a real account) tells which names exist.
/// </summary>
[EnableRateLimiting(Startup.AccountSetup.SignInLimiter)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, IStringLocalizer<SharedResource> t) : PageModel
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser("dummy"), "a password no one has"));

    [BindProperty]
    [Required(ErrorMessage = "请输入用户名。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "请输入密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(UserName);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (user is null || result.IsLockedOut)
        {
            // The work a wrong password for an open account costs.
            users.PasswordHasher.VerifyHashedPassword(user ?? new IdentityUser(UserName), DummyHash.Value, Password);
        }

        ModelState.AddModelError(string.Empty, t["用户名或密码不正确，或此账户因多次登录失败已暂时锁定。"]);
        return Page();
    }
}
