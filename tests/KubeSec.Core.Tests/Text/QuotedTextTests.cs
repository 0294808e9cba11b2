using KubeSec.Text;

namespace KubeSec.Tests.Text;

public sealed class QuotedTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\r\nc", "a\\nb\\r\\nc")]
    [InlineData("x\u001b[31my", "x\\u001B[31my")]
    [InlineData("rtl\u202Eevil\u2028next", "rtl\\u202Eevil\\u2028next")]
    [InlineData("zero\u200Bwidth\uFEFF", "zero\\u200Bwidth\\uFEFF")]
    [InlineData(null, "")]
    public void Control_format_and_line_breaking_characters_are_escaped(string? text, string expected) =>
        Assert.Equal(expected, QuotedText.Short(text));

    [Fact]
    public void Long_text_is_cut_without_splitting_a_character()
    {
        Assert.Equal("abc...", QuotedText.Prefix("abcdef", 3));
        Assert.Equal("ab\U0001F600...", QuotedText.Prefix("ab\U0001F600cd", 3));
        Assert.Equal("'abc'", QuotedText.Quote("abc"));
    }

    [Fact]
    public void A_quoted_prefix_of_a_credentials_file_stays_short_and_on_one_line()
    {
        var quoted = QuotedText.Quote("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI");
        Assert.DoesNotContain("\n", quoted);
        Assert.DoesNotContain("AKIA", quoted);
        Assert.True(quoted.Length <= QuotedText.MaxQuoted + 8 + 4);
    }
}
