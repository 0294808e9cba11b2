using System.Globalization;
using System.Text.RegularExpressions;
using KubeSec.Model;

namespace KubeSec.Rules.Node;

public sealed class KS6010KubeletStreamingIdleTimeoutDisabled : KubeletConfigRule
{
    public static readonly RuleDescriptor Rule = new("KS6010", "KubeletStreamingIdleTimeoutDisabled", "Kubelet never closes idle streaming connections", Severity.Low, RuleCategory.NodeConfiguration)
    {
        Description = "streamingConnectionIdleTimeout set to a zero duration (0, 0s, 0h0m0s) turns off the idle timeout of the kubelet's exec, attach and port-forward streams: a forgotten or hijacked session stays open forever and idle connections pile up until the node runs out of them. The field defaults to 4h. A value that is not a Go duration is not judged: the kubelet refuses to start with it.",
        Fix = "Remove streamingConnectionIdleTimeout or set it to a bounded duration such as 5m.",
        CisItem = "CIS Kubernetes 4.2.5",
    };

    private static readonly Regex GoDuration = new(@"^([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)", RegexOptions.CultureInvariant);

    public override RuleDescriptor Descriptor => Rule;

    protected override void CheckKubelet(KubeletConfig config, FindingSink sink)
    {
        const string path = "streamingConnectionIdleTimeout";
        if (config.Field(path) is { IsScalar: true } field && field.AsString() is { } text && IsZeroDuration(text.Trim()))
        {
            config.Report(sink, Rule, field.Region, path,
                config.Describe() + " sets streamingConnectionIdleTimeout: " + text + ", so exec, attach and port-forward sessions are never closed when idle: set a bounded duration such as 5m or remove the field (default 4h).");
        }
    }

    /// <summary>Whether the text is a Go duration (<c>1h30m</c>, <c>0s</c>, or a bare <c>0</c>) whose every part is zero.</summary>
    internal static bool IsZeroDuration(string text)
    {
        if (text == "0")
        {
            return true;
        }

        var rest = text;
        var sawPart = false;
        while (rest.Length > 0)
        {
            var part = GoDuration.Match(rest);
            if (!part.Success)
            {
                return false;
            }

            if (double.Parse(part.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture) != 0)
            {
                return false;
            }

            sawPart = true;
            rest = rest.Substring(part.Length);
        }

        return sawPart;
    }
}
