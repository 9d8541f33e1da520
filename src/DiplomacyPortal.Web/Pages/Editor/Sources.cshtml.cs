using DiplomacyPortal.Data.Entities;
using DiplomacyPortal.Data.Fetching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>The feeds and sitemaps the portal polls: add one, pause, resume, change how often, poll now; and the latest fetches.</summary>
public sealed class SourcesModel(WebSourceCatalog catalog, WebSourcePoller poller) : PageModel
{
    /// <summary>Fetches shown, newest first.</summary>
    public const int RecentFetchCount = 50;

    public IReadOnlyList<WebSource> Sources { get; private set; } = [];

    public IReadOnlyList<WebFetch> Fetches { get; private set; } = [];

    /// <summary>What the last action did, or why it did nothing.</summary>
    public SourceChange? Result { get; private set; }

    [BindProperty]
    public string? NewUrl { get; set; }

    [BindProperty]
    public int NewPollMinutes { get; set; } = 60;

    [BindProperty]
    public bool NewPaused { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        ChangeAsync(catalog.AddAsync(NewUrl ?? string.Empty, NewPollMinutes, NewPaused, User.Identity?.Name ?? "editor", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPauseAsync(int id, CancellationToken cancellationToken) => ChangeAsync(catalog.SetPausedAsync(id, true, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(int id, CancellationToken cancellationToken) => ChangeAsync(catalog.SetPausedAsync(id, false, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostIntervalAsync(int id, int minutes, CancellationToken cancellationToken) => ChangeAsync(catalog.SetIntervalAsync(id, minutes, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPollAsync(int id, CancellationToken cancellationToken) => ChangeAsync(catalog.PollNowAsync(id, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Task<SourceChange> change, CancellationToken cancellationToken)
    {
        Result = await change;
        if (Result.Succeeded && !Result.Source!.IsPaused)
        {
            poller.PollSoon();
        }

        if (Result.Succeeded)
        {
            // The form starts empty again: the posted values would otherwise be shown back from the model state.
            ModelState.Clear();
            (NewUrl, NewPollMinutes, NewPaused) = (null, 60, false);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sources = await catalog.ListAsync(cancellationToken);
        Fetches = await catalog.RecentFetchesAsync(RecentFetchCount, cancellationToken);
    }
}
