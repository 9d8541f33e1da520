using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Accounts;
using DiplomacyPortal.Data.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `users`: the accounts of people who sign in to the portal. There is no default password anywhere: the
/// first admin is made here, with a password typed at a prompt or given on standard input.
/// </summary>
public static class UsersCommand
{
    public const string Usage = "users add NAME [--role reader|editor|admin] | users role NAME KIND | users list   [--db FILE]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, bool inputIsTerminal, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["--db", "--role"], []);
        if (line.Unknown.Count > 0 || line.Arguments.Count == 0)
        {
            error.WriteLine("usage: " + Usage);
            return 2;
        }

        await using var store = await StoreSession.OpenAsync(line.Options.GetValueOrDefault("--db"), cancellationToken);
        await using var services = Services(store.Settings);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        switch (line.Arguments)
        {
            case ["add", var name]:
                var role = line.Options.GetValueOrDefault("--role", "editor");
                if (PortalRoles.RolesFor(role) is null)
                {
                    error.WriteLine($"users: '{role}' is not a kind of account; use one of: {string.Join(", ", PortalRoles.Names)}.");
                    return 2;
                }

                var password = ReadPassword(input, inputIsTerminal, output);
                if (string.IsNullOrEmpty(password))
                {
                    error.WriteLine("users: no password given; type it at the prompt or pipe it on standard input.");
                    return 2;
                }

                return Report(await accounts.AddAsync(name, password, role), $"Account {name} created ({role}).", output, error);

            case ["role", var userName, var newKind]:
                if (await users.FindByNameAsync(userName) is not { } user)
                {
                    error.WriteLine($"users: there is no account named {userName}.");
                    return 1;
                }

                return Report(await accounts.SetKindAsync(user, newKind), $"Account {userName} is now {newKind}.", output, error);

            case ["list"]:
                foreach (var account in await accounts.ListAsync())
                {
                    output.WriteLine($"{account.UserName,-24} {account.Kind,-7} {(account.IsLockedOut ? "locked out" : string.Empty)}".TrimEnd());
                }

                return 0;

            default:
                error.WriteLine("usage: " + Usage);
                return 2;
        }
    }

    private static int Report(IReadOnlyList<string> errors, string success, TextWriter output, TextWriter error)
    {
        foreach (var message in errors)
        {
            error.WriteLine("users: " + message);
        }

        if (errors.Count == 0)
        {
            output.WriteLine(success);
        }

        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>Identity over the portal's store, with the web app's password and lockout rules.</summary>
    private static ServiceProvider Services(StoreSettings store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<PortalDbContext>(options => options.UsePortalDatabase(store));
        services.AddIdentityCore<IdentityUser>(PortalRoles.ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>();
        services.AddScoped<AccountService>();
        return services.BuildServiceProvider();
    }

    /// <summary>From a prompt that does not echo (asked twice), or the first line of piped standard input.</summary>
    private static string? ReadPassword(TextReader input, bool inputIsTerminal, TextWriter output)
    {
        if (!inputIsTerminal)
        {
            return input.ReadLine();
        }

        output.Write("Password: ");
        output.Flush();
        var first = ReadHidden();
        output.Write("Again: ");
        output.Flush();
        var second = ReadHidden();
        if (first != second)
        {
            output.WriteLine("The two passwords differ.");
            return null;
        }

        return first;
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
