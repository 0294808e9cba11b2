using System;
using System.Globalization;
using System.Text;

namespace KubeSec.Yaml;

/// <summary>What a scalar is once resolved the way kubectl resolves it.</summary>
public enum YamlScalarType
{
    Null,
    Boolean,
    Integer,
    Float,
    String,

    /// <summary>kubectl refuses the document: the tag does not fit the text (<c>!!bool 1</c>, <c>!!int abc</c>, bad <c>!!binary</c>).</summary>
    Invalid,
}

/// <summary>A resolved scalar: its type and, for booleans and numbers, its value.</summary>
public readonly struct YamlScalarValue
{
    internal YamlScalarValue(YamlScalarType type, bool boolean = false, long? integer = null, double number = 0)
    {
        Type = type;
        Boolean = boolean;
        Integer = integer;
        Number = number;
    }

    public YamlScalarType Type { get; }

    public bool Boolean { get; }

    /// <summary>The value of an integer that fits in 64 bits; null for a larger one.</summary>
    public long? Integer { get; }

    /// <summary>The value of a float (and of an integer, as a double).</summary>
    public double Number { get; }
}

/// <summary>
/// The one reading of scalars, as kubectl does it: sigs.k8s.io/yaml decodes each document with its fork of
/// go-yaml v2 (YAML 1.1 resolution: <c>yes</c>/<c>on</c>/<c>y</c> are booleans, integers are read by Go's
/// <c>strconv.ParseInt</c> with base prefixes and underscores, explicit <c>!!bool</c>/<c>!!int</c>/... tags are
/// honoured, quoted text is a string) and then converts the result to JSON for the API server.
/// </summary>
public static class YamlScalar
{
    public const string StrTag = "tag:yaml.org,2002:str";
    public const string BoolTag = "tag:yaml.org,2002:bool";
    public const string IntTag = "tag:yaml.org,2002:int";
    public const string FloatTag = "tag:yaml.org,2002:float";
    public const string NullTag = "tag:yaml.org,2002:null";
    public const string TimestampTag = "tag:yaml.org,2002:timestamp";
    public const string BinaryTag = "tag:yaml.org,2002:binary";
    public const string MergeTag = "tag:yaml.org,2002:merge";

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Resolves a scalar's text, tag and style into the value kubectl reads.</summary>
    public static YamlScalarValue Resolve(string? text, string? tag, bool isPlain)
    {
        text ??= string.Empty;
        if (string.IsNullOrEmpty(tag))
        {
            // Only plain scalars are resolved; quoted and block scalars are strings (go-yaml: not "implicit").
            return isPlain ? ResolvePlain(text, checkTimestamp: true) : new YamlScalarValue(YamlScalarType.String);
        }

        switch (tag)
        {
            case StrTag:
                return new YamlScalarValue(YamlScalarType.String);
            case BinaryTag:
                return DecodeBinary(text) is null ? new YamlScalarValue(YamlScalarType.Invalid) : new YamlScalarValue(YamlScalarType.String);
            case BoolTag:
            case IntTag:
            case FloatTag:
            case NullTag:
            case TimestampTag:
                break;
            default:
                // go-yaml keeps the text of any other tag (!custom, the non-specific '!') as a string.
                return new YamlScalarValue(YamlScalarType.String);
        }

        var resolved = ResolvePlain(text, checkTimestamp: tag == TimestampTag);
        var wanted = tag switch
        {
            BoolTag => YamlScalarType.Boolean,
            IntTag => YamlScalarType.Integer,
            FloatTag => YamlScalarType.Float,
            NullTag => YamlScalarType.Null,
            _ => YamlScalarType.String, // a timestamp is kept as its text
        };

        if (resolved.Type == wanted)
        {
            return resolved;
        }

        if (wanted == YamlScalarType.Float && resolved.Type == YamlScalarType.Integer)
        {
            return new YamlScalarValue(YamlScalarType.Float, number: resolved.Number);
        }

        return new YamlScalarValue(YamlScalarType.Invalid);
    }

    /// <summary>The text of a <c>!!binary</c> scalar (Go's standard base64, line breaks ignored), or null when it is not base64.</summary>
    public static string? DecodeBinary(string text)
    {
        var compact = text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0 ? text.Replace("\r", string.Empty).Replace("\n", string.Empty) : text;
        foreach (var c in compact)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '='))
            {
                return null;
            }
        }

        try
        {
            var bytes = Convert.FromBase64String(compact);
            return LenientUtf8.GetString(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The JSON name kubectl gives a mapping key: booleans become <c>true</c>/<c>false</c>, integers their
    /// decimal form, <c>!!binary</c> keys their decoded text; null for a key kubectl cannot convert (null, a
    /// collection). Allocates only for the rare keys whose name differs from their text.
    /// </summary>
    public static string? KeyName(YamlNode key)
    {
        if (key.Kind != YamlNodeKind.Scalar)
        {
            return null;
        }

        var text = key.Value ?? string.Empty;
        if (key.Tag is null && (!key.IsPlain || IsPlainString(text)))
        {
            return text; // the common case: a plain word such as 'image' or 'name', or a quoted key
        }

        if (key.Tag == BinaryTag)
        {
            return DecodeBinary(text);
        }

        var value = Resolve(text, key.Tag, key.IsPlain);
        return value.Type switch
        {
            YamlScalarType.String => text,
            YamlScalarType.Boolean => value.Boolean ? "true" : "false",
            YamlScalarType.Integer => value.Integer is { } integer ? integer.ToString(CultureInfo.InvariantCulture) : text,
            YamlScalarType.Float => FloatKey(value.Number),
            _ => null,
        };
    }

    /// <summary>True when an untagged plain text certainly resolves to itself: the cheap test every key lookup makes.</summary>
    private static bool IsPlainString(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        return Hint(text[0]) switch
        {
            Hints.None => true,
            Hints.Map => !IsBooleanOrNullWord(text),
            _ => false,
        };
    }

    /// <summary>The YAML 1.1 booleans and nulls of go-yaml's table, compared by length first (no hashing).</summary>
    private static bool IsBooleanOrNullWord(string text) => text.Length switch
    {
        1 => text[0] is 'y' or 'Y' or 'n' or 'N' or '~',
        2 => text is "on" or "On" or "ON" or "no" or "No" or "NO",
        3 => text is "yes" or "Yes" or "YES" or "off" or "Off" or "OFF",
        4 => text is "true" or "True" or "TRUE" or "null" or "Null" or "NULL",
        5 => text is "false" or "False" or "FALSE",
        _ => false,
    };

    /// <summary>The integer kubectl sends for a value: an integer, or a float with no fraction (JSON writes 1.0 as 1).</summary>
    public static long? ToInteger(YamlScalarValue value)
    {
        switch (value.Type)
        {
            case YamlScalarType.Integer:
                return value.Integer;
            case YamlScalarType.Float:
                var number = value.Number;
                if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number ||
                    number < -9.2233720368547758E18 || number >= 9.2233720368547758E18)
                {
                    return null;
                }

                return (long)number;
            default:
                return null;
        }
    }

    private static string FloatKey(double number)
    {
        if (double.IsPositiveInfinity(number))
        {
            return ".inf";
        }

        if (double.IsNegativeInfinity(number))
        {
            return "-.inf";
        }

        return double.IsNaN(number) ? ".nan" : ((float)number).ToString("R", CultureInfo.InvariantCulture);
    }

    private enum Hints
    {
        None,
        Sign,
        Digit,
        Map,
        Dot,
    }

    private static Hints Hint(char c) => c switch
    {
        '+' or '-' => Hints.Sign,
        >= '0' and <= '9' => Hints.Digit,
        'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~' => Hints.Map,
        '.' => Hints.Dot,
        _ => Hints.None,
    };

    /// <summary>go-yaml v2's resolve() for an untagged plain scalar (and for the value of a tagged one).</summary>
    private static YamlScalarValue ResolvePlain(string text, bool checkTimestamp)
    {
        if (text.Length == 0)
        {
            return new YamlScalarValue(YamlScalarType.Null);
        }

        var hint = Hint(text[0]);
        if (hint == Hints.None || (hint == Hints.Map && !IsBooleanOrNullWord(text)))
        {
            return new YamlScalarValue(YamlScalarType.String);
        }

        switch (text)
        {
            case "y": case "Y": case "yes": case "Yes": case "YES":
            case "true": case "True": case "TRUE":
            case "on": case "On": case "ON":
                return new YamlScalarValue(YamlScalarType.Boolean, boolean: true);
            case "n": case "N": case "no": case "No": case "NO":
            case "false": case "False": case "FALSE":
            case "off": case "Off": case "OFF":
                return new YamlScalarValue(YamlScalarType.Boolean, boolean: false);
            case "~": case "null": case "Null": case "NULL":
                return new YamlScalarValue(YamlScalarType.Null);
            case ".nan": case ".NaN": case ".NAN":
                return new YamlScalarValue(YamlScalarType.Float, number: double.NaN);
            case ".inf": case ".Inf": case ".INF": case "+.inf": case "+.Inf": case "+.INF":
                return new YamlScalarValue(YamlScalarType.Float, number: double.PositiveInfinity);
            case "-.inf": case "-.Inf": case "-.INF":
                return new YamlScalarValue(YamlScalarType.Float, number: double.NegativeInfinity);
        }

        switch (hint)
        {
            case Hints.Dot:
                return IsDotFloat(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dotted)
                    ? new YamlScalarValue(YamlScalarType.Float, number: dotted)
                    : new YamlScalarValue(YamlScalarType.String);
            case Hints.Sign:
            case Hints.Digit:
                if (checkTimestamp && LooksLikeTimestamp(text))
                {
                    return new YamlScalarValue(YamlScalarType.String);
                }

                var plain = text.IndexOf('_') >= 0 ? text.Replace("_", string.Empty) : text;
                if (GoInteger.TryParse(plain, out var integer, out var fits))
                {
                    return new YamlScalarValue(YamlScalarType.Integer, integer: fits ? integer : null, number: fits ? integer : double.MaxValue);
                }

                if (IsYamlStyleFloat(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return new YamlScalarValue(YamlScalarType.Float, number: number);
                }

                return new YamlScalarValue(YamlScalarType.String);
            default:
                return new YamlScalarValue(YamlScalarType.String);
        }
    }

    /// <summary>go-yaml only tries timestamps on text that starts with four digits and a dash; such text is kept as a string.</summary>
    /// <remarks>Whether or not it parses as a date, such text can be neither an integer nor a float.</remarks>
    private static bool LooksLikeTimestamp(string text) =>
        text.Length > 4 && text[0] is >= '0' and <= '9' && text[1] is >= '0' and <= '9' && text[2] is >= '0' and <= '9' && text[3] is >= '0' and <= '9' && text[4] == '-';

    /// <summary><c>^\.[0-9]+([eE][-+]?[0-9]+)?$</c>: what Go's ParseFloat accepts of a text that starts with a dot.</summary>
    private static bool IsDotFloat(string text)
    {
        var i = 1;
        var digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        return digits > 0 && IsExponent(text, i);
    }

    /// <summary>go-yaml's <c>^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$</c>.</summary>
    private static bool IsYamlStyleFloat(string text)
    {
        var i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        var before = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
            before++;
        }

        var after = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
                after++;
            }
        }

        return (before > 0 || after > 0) && IsExponent(text, i);
    }

    private static bool IsExponent(string text, int i)
    {
        if (i == text.Length)
        {
            return true;
        }

        if (text[i] != 'e' && text[i] != 'E')
        {
            return false;
        }

        i++;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        return digits > 0 && i == text.Length;
    }
}

/// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>, then <c>ParseUint</c>: an optional sign, then 0x, 0o, 0b or a leading 0 (octal), else decimal.</summary>
internal static class GoInteger
{
    /// <summary>True when the text is an integer; <paramref name="fits"/> is false for one beyond the 64-bit signed range.</summary>
    public static bool TryParse(string text, out long value, out bool fits)
    {
        value = 0;
        fits = false;
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        var radix = 10;
        if (i + 1 < text.Length && text[i] == '0')
        {
            switch (text[i + 1])
            {
                case 'x': case 'X': radix = 16; i += 2; break;
                case 'o': case 'O': radix = 8; i += 2; break;
                case 'b': case 'B': radix = 2; i += 2; break;
                default: radix = 8; i += 1; break;
            }
        }

        if (i >= text.Length)
        {
            return false;
        }

        ulong magnitude = 0;
        var overflow = false;
        for (; i < text.Length; i++)
        {
            var digit = DigitValue(text[i]);
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            if (!overflow)
            {
                var next = unchecked((magnitude * (ulong)radix) + (ulong)digit);
                if (magnitude > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
                {
                    overflow = true;
                }
                else
                {
                    magnitude = next;
                }
            }
        }

        if (overflow)
        {
            return false; // beyond uint64 too: go-yaml then tries it as a float
        }

        if (negative)
        {
            if (magnitude > 9223372036854775808UL)
            {
                return false;
            }

            value = magnitude == 9223372036854775808UL ? long.MinValue : -(long)magnitude;
            fits = true;
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            // ParseUint takes it (without a sign only); no Kubernetes field holds it.
            return text[0] != '+';
        }

        value = (long)magnitude;
        fits = true;
        return true;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
