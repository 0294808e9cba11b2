using System.Security.Cryptography;
using System.Text;

namespace KubeSec.Model;

/// <summary>
/// A finding's identity across edits: rule, file, object and logical path, never line numbers, so
/// moving unrelated lines does not turn a known finding into a new one.
/// </summary>
public static class Fingerprint
{
    public const string Key = "kubesec/v1";

    public static string Compute(Finding finding, string relativePath)
    {
        var identity = string.Join(
            "|",
            finding.RuleId,
            relativePath.Replace('\\', '/'),
            finding.Object?.ToString() ?? string.Empty,
            finding.LogicalPath);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(identity));
        var text = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            text.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
