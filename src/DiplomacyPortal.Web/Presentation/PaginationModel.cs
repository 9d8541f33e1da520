namespace DiplomacyPortal.Web.Presentation;

/// <summary>What the pagination partial needs: where we are and how to link to another page.</summary>
public sealed record PaginationModel(int Page, int PageCount, Func<int, string> Link);
