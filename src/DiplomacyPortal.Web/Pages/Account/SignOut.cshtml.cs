using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyPortal.Web.Pages.Account;

/// <summary>Signing out is a POST (a form with its antiforgery token), so no link on another site can sign an editor out.</summary>
public sealed class SignOutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of the account, every saved copy of its cookie included.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
