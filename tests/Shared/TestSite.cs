using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DiplomacyPortal.Tests;

/// <summary>
/// A small web site of the tests' own on 127.0.0.1 (HttpListener): robots.txt with a disallowed folder and a
/// Crawl-delay, two article pages (one with validators), an RSS feed, an Atom feed and a sitemap index of two sitemaps
/// listing them, redirects (one in a loop), pages that fail before they answer, one too large, one binary and one that
/// never answers. It logs every request it receives.
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();

    public TestSite(string articleHtml, string secondArticle = "")
    {
        SecondArticle = secondArticle;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.ToString());
        _listener.Start();
        ArticleHtml = articleHtml;
        _ = Task.Run(ServeAsync);
    }

    public Uri Root { get; }

    public string ArticleHtml { get; set; }

    public string ArticleETag { get; set; } = "\"v1\"";

    public string SecondArticle { get; }

    /// <summary>Every request received: its path and when, in arrival order.</summary>
    public ConcurrentQueue<(string Path, TimeSpan At)> Requests { get; } = new();

    public Uri Url(string path) => new(Root, path);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.Enqueue((path, _clock.Elapsed));
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/robots.txt":
                    await TextAsync(response, "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n", "text/plain");
                    break;
                case "/article.html" or "/private/secret.html":
                    if (context.Request.Headers["If-None-Match"] == ArticleETag)
                    {
                        response.StatusCode = 304;
                        break;
                    }

                    response.Headers["ETag"] = ArticleETag;
                    await TextAsync(response, ArticleHtml, "text/html; charset=utf-8");
                    break;
                case "/second.txt":
                    await TextAsync(response, SecondArticle, "text/plain; charset=utf-8");
                    break;
                case "/feed.rss":
                    await TextAsync(response, $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>{Root}</link><description>d</description><item><title>a</title><link>{Root}article.html</link><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item><item><title>b</title><link>{Root}second.txt</link></item></channel></rss>", "application/rss+xml");
                    break;
                case "/feed.atom":
                    await TextAsync(response, $"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2026-12-01T08:00:00Z</updated><entry><title>a</title><id>urn:a</id><updated>2026-12-01T08:00:00Z</updated><link href=\"{Root}article.html\"/></entry></feed>", "application/atom+xml");
                    break;
                case "/sitemap-index.xml":
                    await TextAsync(response, $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{Root}sitemap-1.xml</loc></sitemap><sitemap><loc>{Root}sitemap-2.xml</loc></sitemap></sitemapindex>", "application/xml");
                    break;
                case "/sitemap-1.xml":
                    await TextAsync(response, $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{Root}article.html</loc><lastmod>2026-12-01</lastmod></url></urlset>", "application/xml");
                    break;
                case "/sitemap-2.xml":
                    await TextAsync(response, $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>{Root}second.txt</loc><news:news><news:publication_date>2026-12-02T09:00:00+07:00</news:publication_date></news:news></url><url><loc>{Root}private/secret.html</loc></url></urlset>", "application/xml");
                    break;
                case "/moved":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/article.html";
                    break;
                case "/loop":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/loop";
                    break;
                case "/flaky" when hit <= 2:
                    response.StatusCode = 500;
                    break;
                case "/busy" when hit == 1:
                    response.StatusCode = 429;
                    response.Headers["Retry-After"] = "1";
                    break;
                case "/flaky" or "/busy":
                    await TextAsync(response, ArticleHtml, "text/html; charset=utf-8");
                    break;
                case "/large.html":
                    await TextAsync(response, new string('x', 6 * 1024 * 1024), "text/html");
                    break;
                case "/photo.png":
                    response.ContentType = "image/png";
                    await response.OutputStream.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
                    break;
                case "/silent":
                    await Task.Delay(TimeSpan.FromSeconds(30), _stop.Token);
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task TextAsync(HttpListenerResponse response, string text, string type)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
