using KubeSec.Rules.Workloads;

namespace KubeSec.Tests.Rules.Workloads;

public class WorkloadHelpersTests
{
    [Theory]
    [InlineData("DB_PASSWORD", "db,password")]
    [InlineData("dbPassword", "db,password")]
    [InlineData("AWS_SECRET_ACCESS_KEY", "aws,secret,access,key")]
    [InlineData("ConnectionStrings__Default", "connection,strings,default")]
    [InlineData("app.api-key", "app,api,key")]
    public void Splits_names_into_words(string name, string words)
    {
        Assert.Equal(words.Split(','), SensitiveNames.Words(name));
    }

    [Theory]
    [InlineData("1", "1000m")]
    [InlineData("1Gi", "1024Mi")]
    [InlineData("1k", "1000")]
    [InlineData("1e3", "1k")]
    [InlineData("0.5", "500m")]
    public void Parses_equal_quantities_as_equal(string a, string b)
    {
        Assert.NotNull(Quantity.Parse(a));
        Assert.Equal(Quantity.Parse(a), Quantity.Parse(b));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("{{ .Values.cpu }}")]
    public void Rejects_non_quantities(string text)
    {
        Assert.Null(Quantity.Parse(text));
    }
}
