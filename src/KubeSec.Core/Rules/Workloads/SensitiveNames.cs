using KubeSec.Manifests;
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace KubeSec.Rules.Workloads;

/// <summary>
/// Whether an environment variable or ConfigMap key names a credential, and whether a value is a
/// private key. Names are split into words (on punctuation and camelCase) so <c>DB_PASSWORD</c>,
/// <c>dbPassword</c> and <c>db.password</c> read alike, while <c>PASSWORD_FILE</c> (a path to the
/// credential, the recommended pattern) and <c>TOKEN_TTL</c> (a setting about it) do not count.
/// </summary>
internal static class SensitiveNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "passphrase", "secret", "token", "apikey", "credential", "credentials", "privatekey", "secretkey", "accesskey",
    };

    /// <summary>Words that qualify a preceding <c>key</c>: <c>API_KEY</c>, <c>ACCESS_KEY</c>, <c>AZURE_BATCH_KEY</c> count; <c>PUBLIC_KEY</c> does not.</summary>
    private static readonly HashSet<string> NotSecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "public", "sort", "cache", "partition", "primary", "foreign", "routing", "idempotency", "hash", "shard", "lookup", "group", "kms",
    };

    /// <summary>A last word that makes the name about a credential rather than the credential itself.</summary>
    private static readonly HashSet<string> MetaSuffixes = new(StringComparer.Ordinal)
    {
        "file", "path", "dir", "name", "ref", "url", "uri", "endpoint", "id", "enabled", "enable", "disabled", "required", "length",
        "ttl", "expiry", "expiration", "lifetime", "timeout", "header", "type", "location", "mount", "policy", "secs", "seconds", "audience", "issuer", "prefix", "namespace",
    };

    private static readonly Regex PrivateKey = new(@"BEGIN [A-Z0-9 ]*PRIVATE KEY", RegexOptions.CultureInvariant);

    public static bool IsSensitiveName(string name)
    {
        var words = Words(name);
        if (words.Count == 0 || MetaSuffixes.Contains(words[words.Count - 1]))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (SecretWords.Contains(word))
            {
                return true;
            }

            // "key" on its own counts only after a qualifier (AZURE_BATCH_KEY, OCI_CLI_KEY_CONTENT, API_KEY).
            if (word == "key" && i > 0 && !NotSecretKeyQualifiers.Contains(words[i - 1]) &&
                (i == words.Count - 1 || words[i + 1] is "content" or "data" or "value"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool ContainsPrivateKey(string value) => PrivateKey.IsMatch(value);

    /// <summary>
    /// Whether a literal value could be a credential: not empty, not a template or a <c>$(VAR)</c>
    /// reference resolved elsewhere, not a boolean switch and not a file path.
    /// </summary>
    public static bool IsLiteralSecretValue(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text[0] == '/' || TemplatePlaceholder.In(text) ||
            (text.StartsWith("$(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal)) ||
            (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith("}", StringComparison.Ordinal)))
        {
            return false;
        }

        switch (text.ToUpperInvariant())
        {
            case "TRUE": case "FALSE": case "YES": case "NO": case "ON": case "OFF":
                return false;
            default:
                return true;
        }
    }

    /// <summary>Lower-case words of a name: <c>dbPassword_FILE</c> gives db, password, file.</summary>
    internal static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            // A lower-to-upper step starts a camelCase word; runs of capitals (API, AWS) stay together.
            if (char.IsUpper(c) && current.Length > 0 && char.IsLower(name[i - 1]))
            {
                Flush(words, current);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, System.Text.StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
