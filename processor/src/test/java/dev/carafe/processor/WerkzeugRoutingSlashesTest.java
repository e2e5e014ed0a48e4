package dev.carafe.processor;

import static dev.carafe.processor.WerkzeugApps.*;

import org.junit.jupiter.api.Test;

/**
 * Werkzeug's routing tests (tests/test_routing.py at tag 3.1.8) about slashes: strict slashes (a
 * 308 to the slashed form, {@code strictSlashes = false}) and merged slashes (a 308 to the merged
 * path, {@code mergeSlashes = false}), as Carafe applications answer them through the test client.
 * See {@link WerkzeugApps} for the applications and {@link WerkzeugRoutingMatchTest} for what is
 * not ported and why.
 */
class WerkzeugRoutingSlashesTest {
  /** Werkzeug's test_merge_slashes_match. */
  @Test
  void mergeSlashesMatch() {
    expect(
        on(main(),
            row("GET", "/ms/no//tail", 308, "/ms/no/tail"),
            row("GET", "/ms/yes//tail", 308, "/ms/yes/tail/"),
            row("GET", "/ms/yes/tail//", 308, "/ms/yes/tail/"),
            row("GET", "//ms///yes////tail////", 308, "/ms/yes/tail/"),
            row("GET", "/ms/no//tail?x=1", 308, "/ms/no/tail?x=1"),  // not in Werkzeug's test: the query string is kept
            row("OPTIONS", "/ms/no//tail", 308, "/ms/no/tail"),  // not in Werkzeug's test: OPTIONS is redirected too
            row("POST", "/ms/no//tail", 405, "GET, HEAD, OPTIONS"),  // not in Werkzeug's test: the merged path's rule does not take POST
            row("GET", "/ms/no/tail", 200, "msNoTail"),
            row("GET", "/ms/yes/tail/", 200, "msYesTail"),
            row("GET", "/ms/with/http://example.com/", 200, "msWithPath path=http://example.com/"),
            row("GET", "/ms/with/x//y", 200, "msWithPath path=x//y")),
        on(lenient(),
            row("GET", "/ms/no//merge", 200, "msNoMerge"),
            row("GET", "/ms/no/merging", 200, "msNoMerging"),
            row("GET", "/ms/no//merging", 404, null)));
  }

  /** Werkzeug's test_merge_slash_encoding. */
  @Test
  void mergeSlashEncoding() {
    expect(
        on(main(),
            row("GET", "/mse/merge/%//path", 308, "/mse/merge/%25/path"),
            row("GET", "/mse/merge//st/path", 308, "/mse/merge/st/path")));
  }

  /** Werkzeug's test_merge_slashes_build. */
  @Test
  void mergeSlashesBuild() {
    expect(
        urls(main(),
            url("/msb/yes/merge", "msbYesMerge")),
        urls(lenient(),
            url("/msb/no//merge", "msbNoMerge")),
        on(main(),
            row("GET", "/msb/yes//merge", 308, "/msb/yes/merge"),  // not in Werkzeug's test: the rule's own path
            row("GET", "/msb/yes/merge", 200, "msbYesMerge")),  // not in Werkzeug's test: the merged path
        on(lenient(),
            row("GET", "/msb/no//merge", 200, "msbNoMerge")));  // not in Werkzeug's test: the rule's own path
  }

  /** Werkzeug's test_strict_slashes_redirect. */
  @Test
  void strictSlashesRedirect() {
    expect(
        on(main(),
            row("GET", "/ssr1/bar/", 200, "ssr1Get"),
            row("POST", "/ssr1/bar", 200, "ssr1Post"),
            row("GET", "/ssr1/abc/", 200, "ssr1Path var=abc"),
            row("GET", "/ssr1/bar", 308, "/ssr1/bar/"),
            row("POST", "/ssr1/bar/", 405, "GET, HEAD, OPTIONS"),
            row("POST", "/ssr1/foo", 308, "/ssr1/foo/"),
            row("GET", "/ssr1/abc", 308, "/ssr1/abc/"),
            row("GET", "/ssr2/bar/", 200, "ssr2Get"),
            row("POST", "/ssr2/bar", 200, "ssr2Post"),
            row("GET", "/ssr2/bar", 308, "/ssr2/bar/"),
            row("POST", "/ssr2/bar/", 405, "GET, HEAD, OPTIONS"),
            row("GET", "/ssr3/bar/", 200, "ssr3Get"),
            row("GET", "/ssr3/bar", 308, "/ssr3/bar/"),
            row("POST", "/ssr3/bar/", 405, "GET, HEAD, OPTIONS"),
            row("GET", "/ssr1/abc/def", 308, "/ssr1/abc/def/"),  // not in Werkzeug's test: the path variable spans two segments
            row("HEAD", "/ssr3/bar", 308, "/ssr3/bar/"),  // not in Werkzeug's test: HEAD is redirected as GET is
            row("OPTIONS", "/ssr3/bar", 308, "/ssr3/bar/"),  // not in Werkzeug's test: OPTIONS is redirected too
            row("POST", "/ssr3/bar", 404, null)));  // not in Werkzeug's test: no rule takes POST, no redirect
  }

  /** Werkzeug's test_strict_slashes_leaves_dont_consume. */
  @Test
  void strictSlashesLeavesDontConsume() {
    expect(
        on(lenient(),
            row("GET", "/sl/path1", 200, "sldcLeaf"),
            row("GET", "/sl/path1/", 200, "sldcBranch"),
            row("GET", "/sl/path2", 200, "sldcLeaf"),
            row("GET", "/sl/path2/", 200, "sldcBranch"),
            row("GET", "/sl/path3", 200, "sldcLeaf"),
            row("GET", "/sl/path3/", 200, "sldcBranch"),
            row("GET", "/sl/path4", 200, "sldcLeaf"),
            row("GET", "/sl/path4/", 200, "sldcBranch"),
            row("GET", "/sl/path5/", 200, "sldcLeaf")));
  }

  /** Werkzeug's test_strict_slashes_false. */
  @Test
  void strictSlashesFalse() {
    expect(
        on(main(),
            row("GET", "/ssf/path1", 200, "ssfLeafPath"),
            row("GET", "/ssf/path1/", 200, "ssfLeafPath"),
            row("GET", "/ssf/path2", 200, "ssfBranchPath"),
            row("GET", "/ssf/path2/", 200, "ssfBranchPath"),
            row("GET", "/ssf/any", 200, "ssfLeafPathConverter path=any"),
            row("GET", "/ssf/any/", 200, "ssfLeafPathConverter path=any/")));
  }

  /** Werkzeug's test_empty_path_info. */
  @Test
  void emptyPathInfo() {
    expect(
        on(emptyPath(main(), "/approot"),
            row("GET", "/", 308, "/approot/")),  // mounted under /approot, asked for /approot
        on(emptyPath(main(), ""),
            row("GET", "/", 308, "/")));  // not mounted, the path info empty
  }
}
