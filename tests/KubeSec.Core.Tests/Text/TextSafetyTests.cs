using KubeSec.Text;

namespace KubeSec.Tests.Text;

public sealed class TextSafetyTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\nb\r\nc", "a b  c")]
    [InlineData("x\u001b[31my", "x [31my")]
    [InlineData("rtl\u202Eevil\u2028next", "rtl evil next")]
    [InlineData(null, "")]
    public void Control_and_format_characters_become_spaces(string? text, string expected) => Assert.Equal(expected, TextSafety.Short(text));

    [Fact]
    public void Long_text_is_cut_without_splitting_a_character()
    {
        Assert.Equal("abc…", TextSafety.Short("abcdef", 3));
        Assert.Equal("ab…", TextSafety.Short("ab\U0001F600cd", 3));
        Assert.Equal("ab\U0001F600…", TextSafety.Short("ab\U0001F600cd", 4));
    }
}
