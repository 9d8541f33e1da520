using DiplomacyPortal.Data.Fetching;
using DiplomacyPortal.Data.Ingestion;
using DiplomacyPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyPortal.Web.Pages.Editor;

/// <summary>Upload in two steps: the files are screened, kept and previewed; then the ones the editor keeps ticked are imported.</summary>
[RequestSizeLimit(UploadRequestGuard.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestGuard.MaxRequestBytes, ValueCountLimit = 10_000)]
public sealed class UploadModel(UploadStaging staging, WebImporter web) : PageModel
{
    /// <summary>Addresses fetched for one preview at the most: each costs a polite request to its site.</summary>
    public const int MaxAddresses = 20;

    public Guid? Batch { get; private set; }

    public IReadOnlyList<UploadPreview> Previews { get; private set; } = [];

    public IReadOnlyList<RefusedFile> Refused { get; private set; } = [];

    public IReadOnlyList<ImportResult>? Results { get; private set; }

    public string? Notice { get; private set; }

    private string Editor => User.Identity!.Name!;

    public void OnGet()
    {
    }

    /// <summary>Step 1: screen, keep and preview the files.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        if (form.Files.Count == 0)
        {
            Notice = "noFiles";
            return Page();
        }

        var refused = new List<RefusedFile>();
        var accepted = UploadScreening.Screen(form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)), UploadLimits.Default, refused);
        Batch = await staging.StageAsync(accepted, Editor, cancellationToken);
        Refused = refused;
        if (Batch is { } batch)
        {
            Previews = await staging.PreviewAsync(batch, Editor, cancellationToken);
        }

        return Page();
    }

    /// <summary>Step 1 for addresses: fetch the article pages (one address a line), keep and preview them like files.</summary>
    public async Task<IActionResult> OnPostPreviewAddressesAsync(string? addresses, CancellationToken cancellationToken)
    {
        // One more than the limit is read, to say that there were more; the rest of a long paste is not looked at.
        var lines = (addresses ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Take(MaxAddresses + 1).ToList();
        if (lines.Count == 0)
        {
            Notice = "noAddresses";
            return Page();
        }

        var refused = new List<RefusedFile>();
        var fetched = new List<IncomingFile>();
        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            if (index >= MaxAddresses)
            {
                refused.Add(new RefusedFile(line, $"At most {MaxAddresses} addresses at a time: this one and any after it were not fetched."));
            }
            else if (!Uri.TryCreate(line, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                refused.Add(new RefusedFile(line, "Not an http or https address."));
            }
            else
            {
                var (file, error) = await web.FetchForPreviewAsync(url, cancellationToken);
                if (file is not null)
                {
                    fetched.Add(file);
                }
                else
                {
                    refused.Add(new RefusedFile(line, error!));
                }
            }
        }

        Refused = refused;
        Batch = await staging.StageAsync(fetched, Editor, cancellationToken);
        if (Batch is { } batch)
        {
            Previews = await staging.PreviewAsync(batch, Editor, cancellationToken);
        }

        return Page();
    }

    /// <summary>Step 2: import the files kept ticked.</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid batch, int[] keep, CancellationToken cancellationToken)
    {
        Results = await staging.ImportAsync(batch, Editor, keep ?? [], cancellationToken);
        if (Results.Count == 0)
        {
            Notice = keep is { Length: > 0 } ? "expired" : "noneKept";
        }

        return Page();
    }
}
