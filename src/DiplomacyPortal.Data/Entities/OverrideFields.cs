namespace DiplomacyPortal.Data.Entities;

/// <summary>The fields an editor can correct.</summary>
public static class OverrideFields
{
    public const string Date = "date";
    public const string Pair = "pair";
    public const string MeetingType = "meetingType";
    public const string Officials = "officials";

    /// <summary>Not an override: hiding and restoring are audited under this name.</summary>
    public const string Hidden = "hidden";
}
