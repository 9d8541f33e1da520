using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Meetings;

namespace DiplomacyPortal.Core.Tests.Meetings;

/// <summary>The rules of what makes reports one meeting and what the meeting is, without a store.</summary>
public sealed class MeetingRulesTests
{
    private static readonly ReportedParticipant Wang = new(1, "CN", "外交部长");
    private static readonly ReportedParticipant Son = new(2, "VN", null);
    private static readonly ReportedParticipant Other = new(3, "CN", "副总理");

    [Fact]
    public void Reports_of_one_pair_a_day_apart_of_the_same_type_are_one_meeting()
    {
        Assert.True(MeetingRules.SameMeeting(Report(1, day: 10), Report(2, day: 11)));
    }

    [Fact]
    public void Reports_two_days_apart_are_two_meetings()
    {
        Assert.False(MeetingRules.SameMeeting(Report(1, day: 10), Report(2, day: 12)));
    }

    [Fact]
    public void Reports_of_another_pair_on_the_same_day_are_another_meeting()
    {
        Assert.False(MeetingRules.SameMeeting(Report(1, day: 10), Report(2, day: 10, pair: "LA-VN")));
    }

    [Fact]
    public void Reports_of_different_types_are_one_meeting_when_they_name_a_participant_in_common()
    {
        var talks = Report(1, day: 10, type: "talks", participants: [Wang]);
        Assert.True(MeetingRules.SameMeeting(talks, Report(2, day: 10, type: "meeting", participants: [Wang, Son])));
        Assert.False(MeetingRules.SameMeeting(talks, Report(3, day: 10, type: "meeting", participants: [Other])));
    }

    [Fact]
    public void Reports_without_a_year_are_one_meeting_only_on_the_same_month_and_day()
    {
        var undated = Report(1, day: 10, year: null);
        Assert.True(MeetingRules.SameMeeting(undated, Report(2, day: 10, year: null)));
        Assert.False(MeetingRules.SameMeeting(undated, Report(3, day: 11, year: null)));
        Assert.False(MeetingRules.SameMeeting(undated, Report(4, day: 10)));
    }

    [Fact]
    public void Participants_are_those_the_headline_or_lead_names_else_the_first_named_of_each_side()
    {
        var named = new List<NamedOfficial> { new(5, "VN", "总理", false), new(6, "VN", "副总理", false), new(7, "CN", "主席", false), new(8, "CN", "部长", true) };
        var participants = MeetingRules.ParticipantsOf("CN-VN", named);
        Assert.Equal([8, 5], participants.Select(p => p.OfficialId));
    }

    [Fact]
    public void A_meeting_takes_the_most_precise_date_among_its_reports()
    {
        var monthOnly = Report(1, day: null) with { DatePrecision = "month" };
        var derived = MeetingRules.Derive([monthOnly, Report(2, day: 11), Report(3, day: 10)]);
        Assert.Equal((2024, 5, 10, "day"), (derived.Year, derived.Month, derived.Day, derived.DatePrecision));
    }

    [Fact]
    public void A_meeting_takes_the_most_frequent_type_and_the_earliest_report_breaks_a_tie()
    {
        Assert.Equal("talks", MeetingRules.Derive([Report(1, day: 10, type: "meeting"), Report(2, day: 10), Report(3, day: 10)]).Type);
        Assert.Equal("meeting", MeetingRules.Derive([Report(2, day: 10), Report(1, day: 10, type: "meeting")]).Type);
    }

    [Fact]
    public void A_host_is_kept_only_for_a_meeting_in_person_and_the_visitor_is_the_other_side()
    {
        var visit = MeetingRules.Derive([Report(1, day: 10, venue: new MeetingVenue("北京", "CN", "访华"))]);
        Assert.Equal(("北京", "CN", "VN"), (visit.Place, visit.HostCountry, visit.VisitorCountry));

        var call = MeetingRules.Derive([Report(1, day: 10, type: "phone-call", venue: new MeetingVenue(null, "CN", null))]);
        Assert.Equal((null, null), (call.HostCountry, call.VisitorCountry));
    }

    [Fact]
    public void Everyone_named_is_a_participant_once_with_a_title_where_any_report_gives_one()
    {
        var derived = MeetingRules.Derive([Report(1, day: 10, participants: [Wang with { Title = null }, Son]), Report(2, day: 10, participants: [Wang])]);
        Assert.Equal([(1, "外交部长"), (2, (string?)null)], derived.Participants.Select(p => (p.OfficialId, p.Title)));
        Assert.Equal(2, derived.ArticleCount);
    }

    [Fact]
    public void A_meeting_without_a_report_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MeetingRules.Derive([]));
    }

    private static MeetingReport Report(
        int articleId, int? day, string type = "talks", string pair = "CN-VN", int? year = 2024, MeetingVenue? venue = null, IReadOnlyList<ReportedParticipant>? participants = null) =>
        new(
            articleId, pair, type, year, 5, day, day is null ? "month" : year is null ? "month-day" : "day",
            year is { } y && day is { } d ? new DateTime(y, 5, d, 0, 0, 0, DateTimeKind.Utc) : null,
            venue ?? new MeetingVenue(null, null, null),
            participants ?? []);
}
