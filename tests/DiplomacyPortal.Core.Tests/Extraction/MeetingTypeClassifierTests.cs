using DiplomacyPortal.Core.Extraction;

namespace DiplomacyPortal.Core.Tests.Extraction;

public sealed class MeetingTypeClassifierTests
{
    [Theory]
    [InlineData("越中两国外交部长举行会谈", "talks")]
    [InlineData("越南政府总理与中国国务院总理举行电话会谈", "phone-call")]
    [InlineData("越南政府总理阮春福与中国国务院总理李克强通电话", "phone-call")]
    [InlineData("越南副外长与中国副外长举行视频会议", "video-call")]
    [InlineData("越南国家主席会见老挝客人", "meeting")]
    [InlineData("越南国会主席对老挝进行正式访问", "visit")]
    [InlineData("越南领导人向柬埔寨新任首相致贺电", "message")]
    [InlineData("越南与丹麦举行第三次政治磋商", "consultation")]
    public void Reads_the_type_from_the_headline(string headline, string type) =>
        Assert.Equal(type, MeetingTypeClassifier.Default.Classify(headline, null)?.Type);

    [Fact]
    public void The_headline_wins_over_the_lead() =>
        Assert.Equal("talks", MeetingTypeClassifier.Default.Classify("两国外长举行会谈", "应邀对俄罗斯进行正式访问")?.Type);

    [Fact]
    public void The_lead_is_used_when_the_headline_has_no_type()
    {
        var match = MeetingTypeClassifier.Default.Classify("越中增强政治互信", "范平明对中国进行访问");

        Assert.Equal(("visit", ArticlePart.Lead), (match?.Type, match?.Part));
    }

    [Fact]
    public void Without_a_lead_the_first_paragraph_stands_in_for_it()
    {
        var match = MeetingTypeClassifier.Default.Classify("越南与欧盟推动自由贸易协定有效落实", null, "越南工贸部部长与欧盟贸易委员举行会谈。");

        Assert.Equal(("talks", ArticlePart.Body), (match?.Type, match?.Part));
        Assert.Null(MeetingTypeClassifier.Default.Classify("越南与欧盟推动合作", "双方推动合作。", "双方举行会谈。"));
    }

    [Theory]
    [InlineData("越南政府总理与农民进行对话", null)]
    [InlineData("越南与澳大利亚举行第五次外交国防战略对话", "consultation")]
    [InlineData("越南驻日本大使拜别日本首相", "meeting")]
    [InlineData("越南驻日本大使拜访神奈川县知事", "meeting")]
    public void Only_dialogues_between_states_are_consultations_and_calls_are_meetings(string headline, string? type) =>
        Assert.Equal(type, MeetingTypeClassifier.Default.Classify(headline, null)?.Type);

    [Fact]
    public void A_headline_that_quotes_a_speaker_leaves_the_type_to_the_lead()
    {
        var match = MeetingTypeClassifier.Default.Classify("泰国外长:泰国重视对越访问", "泰国外长在曼谷会见越南驻泰国大使。");

        Assert.Equal(("meeting", ArticlePart.Lead), (match?.Type, match?.Part));
    }

    [Fact]
    public void A_colon_after_a_meetings_name_quotes_no_one() =>
        Assert.Equal("talks", MeetingTypeClassifier.Default.Classify("越老政府间联合委员会第46次会议:双方举行会谈", "双方签署合作文件。")?.Type);

    [Fact]
    public void A_courtesy_call_during_a_visit_is_a_meeting() =>
        Assert.Equal("meeting", MeetingTypeClassifier.Default.Classify("越南与老挝深化合作", "在对老挝进行工作访问期间,越南外交部副部长礼节性拜会老挝国会主席。")?.Type);

    [Fact]
    public void No_keyword_means_no_type() => Assert.Null(MeetingTypeClassifier.Default.Classify("越南国会通过多项法律", null));
}
