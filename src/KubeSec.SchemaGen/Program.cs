using System;
using System.IO;

namespace KubeSec.SchemaGen;

/// <summary>Writes the field table to the given path, or with <c>--check</c> fails when the file there is stale.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Write(FieldTable.Generate());
            return 0;
        }

        var check = args[0] == "--check";
        var path = check ? args[1] : args[0];
        var table = FieldTable.Generate();
        if (check)
        {
            var stale = !File.Exists(path) || File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) != table;
            Console.WriteLine(stale ? path + " is stale: regenerate it with dotnet run --project src/KubeSec.SchemaGen -- " + path : path + " is up to date");
            return stale ? 1 : 0;
        }

        File.WriteAllText(path, table);
        Console.WriteLine("wrote " + path);
        return 0;
    }
}
