package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.carafe.App;
import dev.carafe.BuildError;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.function.Executable;

/**
 * The applications the Werkzeug routing ports run against, and how they check what a user sees.
 *
 * <p>Each Werkzeug test builds its own {@code Map}. Here the rules of each test are a controller of
 * one application, under a prefix of their own ({@code /basic/...} for {@code test_basic_routing}),
 * so that one compilation serves every test; a rule {@code "/"} of a test becomes {@code
 * "/prefix/"} (but for test_empty_path_info's, which stays {@code "/"}). Each handler answers its
 * endpoint's name and its parameters, {@code "wikiPage name=Some/Page"}; endpoints are named after
 * the handler, with the test's prefix ({@code negFoos} is test_negative's {@code foos}), so that one
 * application holds them all. Every expected answer was checked against Flask 3.1.3 on Werkzeug 3.1.8, with
 * the same rules registered on a Flask app under the same prefixes and endpoint names, through
 * Flask's test client: the status, the {@code Location} (Flask writes it absolute,
 * {@code http://localhost/x/}; here the path and query of it are compared, which is what Carafe
 * sends), the {@code Allow} (compared as a set: Flask's order is a Python set's) and the body. A
 * row marked "not in Werkzeug's test" is a request the Werkzeug test does not make, added to show
 * where a behaviour it tests goes on; its answer is Flask's too.
 *
 * <p>{@link #main()} is an application with Werkzeug's default map ({@code strict_slashes} and
 * {@code merge_slashes} on); {@link #lenient()} one with both off, for the tests whose {@code Map}
 * turns them off.
 */
final class WerkzeugApps {
  private static App main;
  private static App lenient;

  private WerkzeugApps() {}

  /** The application of most ports (package {@code wz}), compiled once for all test classes. */
  static synchronized App main() {
    if (main == null) {
      main = compile("wz.Site",
          source("wz.Site", """
            package wz;

            @dev.carafe.Application
            public class Site {}
            """),
          source("wz.FooConverter", """
            package wz;

            import dev.carafe.*;

            @UrlConverter(name = "foo", pattern = "[^\\\\x2F]+")
            public final class FooConverter implements Converter<String> {
              public String toValue(String text) { return text; }
              public String toUrl(String value) { return value; }
            }
            """),
          source("wz.BarConverter", """
            package wz;

            import dev.carafe.*;

            @UrlConverter(name = "bar", pattern = "[^\\\\x2F]+")
            public final class BarConverter implements Converter<String> {
              public String toValue(String text) { return text; }
              public String toUrl(String value) { return value; }
            }
            """),
          source("wz.IsodateConverter", """
            package wz;

            import dev.carafe.*;

            @UrlConverter(name = "isodate", pattern = "((\\\\d{8}T\\\\d{6}([.,]\\\\d{1,3})?)|(\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}:\\\\d{2}([.,]\\\\d{1,3})?))Z")
            public final class IsodateConverter implements Converter<String> {
              public String toValue(String text) { return text; }
              public String toUrl(String value) { return value; }
            }
            """),
          source("wz.DottedConverter", """
            package wz;

            import dev.carafe.*;

            @UrlConverter(name = "dotted", pattern = "[^\\\\x2F:]+\\\\.[^\\\\x2F:]+")
            public final class DottedConverter implements Converter<String> {
              public String toValue(String text) { return text; }
              public String toUrl(String value) { return value; }
            }
            """),
          source("wz.ListConverter", """
            package wz;

            import dev.carafe.*;

            @UrlConverter(name = "list", pattern = "[^\\\\x2F]+")
            public final class ListConverter implements Converter<java.util.List<Object>> {
              public java.util.List<Object> toValue(String text) {
                return new java.util.ArrayList<>(java.util.Arrays.asList((Object[]) text.split("\\\\.", -1)));
              }
              /** Werkzeug's test joins str() of each item: None for null. */
              public String toUrl(java.util.List<Object> value) {
                java.util.List<String> items = new java.util.ArrayList<>();
                for (Object item : value) items.add(item == null ? "None" : item.toString());
                return String.join(".", items);
              }
            }
            """),
          source("wz.Root", """
            package wz;

            import dev.carafe.*;

            /** test_empty_path_info. */
            public class Root {
              @Get("/")
              public String root() { return "root"; }
            }
            """),
          source("wz.BasicRouting", """
            package wz;

            import dev.carafe.*;

            /** test_basic_routing. */
            public class BasicRouting {
              @Get("/basic/")
              public String basicIndex() { return "basicIndex"; }
              @Get("/basic/foo")
              public String basicFoo() { return "basicFoo"; }
              @Get("/basic/bar/")
              public String basicBar() { return "basicBar"; }
            }
            """),
          source("wz.MergeSlashesMatch", """
            package wz;

            import dev.carafe.*;

            /** test_merge_slashes_match. */
            public class MergeSlashesMatch {
              @Get("/ms/no/tail")
              public String msNoTail() { return "msNoTail"; }
              @Get("/ms/yes/tail/")
              public String msYesTail() { return "msYesTail"; }
              @Get("/ms/with/<path:path>")
              public String msWithPath(String path) { return "msWithPath" + " path=" + path; }
            }
            """),
          source("wz.MergeSlashEncoding", """
            package wz;

            import dev.carafe.*;

            /** test_merge_slash_encoding. */
            public class MergeSlashEncoding {
              @Get("/mse/merge/<some>/path")
              public String mse(String some) { return "mse" + " some=" + some; }
            }
            """),
          source("wz.MergeSlashesBuild", """
            package wz;

            import dev.carafe.*;

            /** test_merge_slashes_build. */
            public class MergeSlashesBuild {
              @Get("/msb/yes//merge")
              public String msbYesMerge() { return "msbYesMerge"; }
            }
            """),
          source("wz.StrictSlashesRedirect", """
            package wz;

            import dev.carafe.*;

            /** test_strict_slashes_redirect. */
            public class StrictSlashesRedirect {
              @Get("/ssr1/bar/")
              public String ssr1Get() { return "ssr1Get"; }
              @Route(value = "/ssr1/bar", methods = "POST")
              public String ssr1Post() { return "ssr1Post"; }
              @Route(value = "/ssr1/foo/", methods = "POST")
              public String ssr1Foo() { return "ssr1Foo"; }
              @Get("/ssr1/<path:var>/")
              public String ssr1Path(String var) { return "ssr1Path" + " var=" + var; }
              @Route(value = "/ssr2/bar", methods = "POST")
              public String ssr2Post() { return "ssr2Post"; }
              @Get("/ssr2/bar/")
              public String ssr2Get() { return "ssr2Get"; }
              @Get("/ssr3/bar/")
              public String ssr3Get() { return "ssr3Get"; }
            }
            """),
          source("wz.StrictSlashesFalse", """
            package wz;

            import dev.carafe.*;

            /** test_strict_slashes_false. */
            public class StrictSlashesFalse {
              @Route(value = "/ssf/path1", strictSlashes = false)
              public String ssfLeafPath() { return "ssfLeafPath"; }
              @Route(value = "/ssf/path2/", strictSlashes = false)
              public String ssfBranchPath() { return "ssfBranchPath"; }
              @Route(value = "/ssf/<path:path>", strictSlashes = false)
              public String ssfLeafPathConverter(String path) { return "ssfLeafPathConverter" + " path=" + path; }
            }
            """),
          source("wz.EnvironDefaults", """
            package wz;

            import dev.carafe.*;

            /** test_environ_defaults. */
            public class EnvironDefaults {
              @Get("/env/foo")
              public String envFoo() { return "envFoo"; }
              @Get("/env/bar")
              public String envBar() { return "envBar"; }
            }
            """),
          source("wz.EnvironNonasciiPathinfo", """
            package wz;

            import dev.carafe.*;

            /** test_environ_nonascii_pathinfo. */
            public class EnvironNonasciiPathinfo {
              @Get("/ena/")
              public String enaIndex() { return "enaIndex"; }
              @Get("/ena/лошадь")
              public String enaHorse() { return "enaHorse"; }
            }
            """),
          source("wz.BasicBuilding", """
            package wz;

            import dev.carafe.*;

            /** test_basic_building. */
            public class BasicBuilding {
              @Get("/bb/")
              public String bbIndex() { return "bbIndex"; }
              @Get("/bb/foo")
              public String bbFoo() { return "bbFoo"; }
              @Get("/bb/bar/<baz>")
              public String bbBar(String baz) { return "bbBar" + " baz=" + baz; }
              @Get("/bb/bar/<int:bazi>")
              public String bbBari(int bazi) { return "bbBari" + " bazi=" + bazi; }
              @Get("/bb/bar/<float:bazf>")
              public String bbBarf(double bazf) { return "bbBarf" + " bazf=" + bazf; }
              @Get("/bb/bar/<path:bazp>")
              public String bbBarp(String bazp) { return "bbBarp" + " bazp=" + bazp; }
            }
            """),
          source("wz.Defaults", """
            package wz;

            import dev.carafe.*;

            /** test_defaults. */
            public class Defaults {
              @Route(value = "/df/foo/", defaults = "page=1")
              @Route(value = "/df/foo/<int:page>")
              public String dfFoo(int page) { return "dfFoo" + " page=" + page; }
            }
            """),
          source("wz.Negative", """
            package wz;

            import dev.carafe.*;

            /** test_negative. */
            public class Negative {
              @Get("/neg/foos/<int(signed=True):page>")
              public String negFoos(int page) { return "negFoos" + " page=" + page; }
              @Get("/neg/bars/<float(signed=True):page>")
              public String negBars(double page) { return "negBars" + " page=" + page; }
              @Get("/neg/foo/<int:page>")
              public String negFoo(int page) { return "negFoo" + " page=" + page; }
              @Get("/neg/bar/<float:page>")
              public String negBar(double page) { return "negBar" + " page=" + page; }
            }
            """),
          source("wz.Greedy", """
            package wz;

            import dev.carafe.*;

            /** test_greedy (blub gets a default of "" on the first rule: a Java method takes the same parameters from every rule). */
            public class Greedy {
              @Get("/greedy/foo")
              public String greedyFoo() { return "greedyFoo"; }
              @Route(value = "/greedy/<path:bar>", defaults = "blub=")
              @Route(value = "/greedy/<path:bar>/<path:blub>")
              public String greedyBar(String bar, String blub) { return "greedyBar" + " bar=" + bar + " blub=" + blub; }
            }
            """),
          source("wz.PathRules", """
            package wz;

            import dev.carafe.*;

            /** test_path. */
            public class PathRules {
              @Route(value = "/wiki/", defaults = "name=FrontPage")
              @Route(value = "/wiki/<path:name>")
              public String wikiPage(String name) { return "wikiPage" + " name=" + name; }
              @Get("/wiki/Special")
              public String wikiSpecial() { return "wikiSpecial"; }
              @Get("/wiki/<int:year>")
              public String wikiYear(int year) { return "wikiYear" + " year=" + year; }
              @Get("/wiki/<path:name>:foo")
              public String wikiFoopage(String name) { return "wikiFoopage" + " name=" + name; }
              @Get("/wiki/<path:name>:<path:name2>")
              public String wikiTwopage(String name, String name2) { return "wikiTwopage" + " name=" + name + " name2=" + name2; }
              @Get("/wiki/<path:name>/edit")
              public String wikiEditpage(String name) { return "wikiEditpage" + " name=" + name; }
              @Get("/wiki/<path:name>/silly/<path:name2>")
              public String wikiSillypage(String name, String name2) { return "wikiSillypage" + " name=" + name + " name2=" + name2; }
              @Get("/wiki/<path:name>/silly/<path:name2>/edit")
              public String wikiEditsillypage(String name, String name2) { return "wikiEditsillypage" + " name=" + name + " name2=" + name2; }
              @Get("/wiki/Talk:<path:name>")
              public String wikiTalk(String name) { return "wikiTalk" + " name=" + name; }
              @Get("/wiki/User:<username>")
              public String wikiUser(String username) { return "wikiUser" + " username=" + username; }
              @Get("/wiki/User:<username>/<path:name>")
              public String wikiUserpage(String username, String name) { return "wikiUserpage" + " username=" + username + " name=" + name; }
              @Get("/wiki/User:<username>/comment/<int:id>-<int:replyId>")
              public String wikiUsercomment(String username, int id, int replyId) { return "wikiUsercomment" + " username=" + username + " id=" + id + " replyId=" + replyId; }
              @Get("/wiki/Files/<path:file>")
              public String wikiFiles(String file) { return "wikiFiles" + " file=" + file; }
              @Get("/wiki/<admin>/<manage>/<things>")
              public String wikiAdmin(String admin, String manage, String things) { return "wikiAdmin" + " admin=" + admin + " manage=" + manage + " things=" + things; }
            }
            """),
          source("wz.Dispatch", """
            package wz;

            import dev.carafe.*;

            /** test_dispatch. */
            public class Dispatch {
              @Get("/dispatch/")
              public String dispatchRoot() { return "dispatchRoot"; }
              @Get("/dispatch/foo/")
              public String dispatchFoo() { return "dispatchFoo"; }
            }
            """),
          source("wz.RequestDirectCharsetBug", """
            package wz;

            import dev.carafe.*;

            /** test_request_direct_charset_bug. */
            public class RequestDirectCharsetBug {
              @Get("/cs/öäü/")
              public String csUmlauts() { return "csUmlauts"; }
            }
            """),
          source("wz.RequestRedirectDefault", """
            package wz;

            import dev.carafe.*;

            /** test_request_redirect_default. */
            public class RequestRedirectDefault {
              @Route(value = "/rrd/foo", defaults = "bar=42")
              @Route(value = "/rrd/foo/<int:bar>")
              public String rrd(int bar) { return "rrd" + " bar=" + bar; }
            }
            """),
          source("wz.NonStringParts", """
            package wz;

            import dev.carafe.*;

            /** test_non_string_parts. */
            public class NonStringParts {
              @Get("/nsp/<foo>")
              public String nsp(String foo) { return "nsp" + " foo=" + foo; }
            }
            """),
          source("wz.ComplexRoutingRules", """
            package wz;

            import dev.carafe.*;

            /** test_complex_routing_rules. */
            public class ComplexRoutingRules {
              @Get("/cx/")
              public String cxIndex() { return "cxIndex"; }
              @Get("/cx/<int:blub>")
              public String cxAnInt(int blub) { return "cxAnInt" + " blub=" + blub; }
              @Get("/cx/<blub>")
              public String cxAString(String blub) { return "cxAString" + " blub=" + blub; }
              @Get("/cx/foo/")
              public String cxNested() { return "cxNested"; }
              @Get("/cx/foobar/")
              public String cxNestedbar() { return "cxNestedbar"; }
              @Get("/cx/foo/<path:testing>/")
              public String cxNestedShow(String testing) { return "cxNestedShow" + " testing=" + testing; }
              @Get("/cx/foo/<path:testing>/edit")
              public String cxNestedEdit(String testing) { return "cxNestedEdit" + " testing=" + testing; }
              @Route(value = "/cx/users/", defaults = "page=1")
              @Route(value = "/cx/users/page/<int:page>")
              public String cxUsers(int page) { return "cxUsers" + " page=" + page; }
              @Get("/cx/foox")
              public String cxFoox() { return "cxFoox"; }
              @Get("/cx/<path:bar>/<path:blub>")
              public String cxBarxPathPath(String bar, String blub) { return "cxBarxPathPath" + " bar=" + bar + " blub=" + blub; }
            }
            """),
          source("wz.DefaultConverters", """
            package wz;

            import dev.carafe.*;

            /** test_default_converters (the converter 'foo' is a @UrlConverter with UnicodeConverter's pattern). */
            public class DefaultConverters {
              @Get("/dc/a/<foo:a>")
              public String dcA(String a) { return "dcA" + " a=" + a; }
              @Get("/dc/b/<foo:b>")
              public String dcB(String b) { return "dcB" + " b=" + b; }
              @Get("/dc/c/<c>")
              public String dcC(String c) { return "dcC" + " c=" + c; }
            }
            """),
          source("wz.UuidConverter", """
            package wz;

            import dev.carafe.*;

            /** test_uuid_converter. */
            public class UuidConverter {
              @Get("/uuidc/a/<uuid:a_uuid>")
              public String uuidA(java.util.UUID a_uuid) { return "uuidA" + " a_uuid=" + a_uuid; }
            }
            """),
          source("wz.NestedRegexGroups", """
            package wz;

            import dev.carafe.*;

            /** test_nested_regex_groups (the regex is a @UrlConverter's pattern). */
            public class NestedRegexGroups {
              @Get("/nrg/<isodate:start>/<isodate:end>/")
              public String nrgHandler(String start, String end) { return "nrgHandler" + " start=" + start + " end=" + end; }
            }
            """),
          source("wz.AnyConverter", """
            package wz;

            import dev.carafe.*;

            /** test_anyconverter. */
            public class AnyConverter {
              @Get("/anyc/<any(a1, a2):a>")
              public String anyNoDot(String a) { return "anyNoDot" + " a=" + a; }
              @Get("/anyc/<any(a.1, a.2):a>")
              public String anyYesDot(String a) { return "anyYesDot" + " a=" + a; }
            }
            """),
          source("wz.AnyConverterBuild", """
            package wz;

            import dev.carafe.*;

            /** test_any_converter_build_validates_value. */
            public class AnyConverterBuild {
              @Get("/acv/<any(patient, provider):value>")
              public String acvActor(String value) { return "acvActor" + " value=" + value; }
            }
            """),
          source("wz.BuildValuesDict", """
            package wz;

            import dev.carafe.*;

            /** test_build_values_dict (the converter 'list' is a @UrlConverter). */
            public class BuildValuesDict {
              @Get("/bv/<int:v>")
              public String bvInt(int v) { return "bvInt" + " v=" + v; }
              @Get("/bv/<list:v>")
              public String bvList(java.util.List<Object> v) { return "bvList" + " v=" + v; }
            }
            """),
          source("wz.BuildAppendUnknown", """
            package wz;

            import dev.carafe.*;

            /** test_build_append_unknown_dict. */
            public class BuildAppendUnknown {
              @Get("/bau/")
              public String bauA() { return "bauA"; }
            }
            """),
          source("wz.BuildDropNone", """
            package wz;

            import dev.carafe.*;

            /** test_build_drop_none. */
            public class BuildDropNone {
              @Get("/bdn/flob/<flub>")
              public String bdnEndp(String flub) { return "bdnEndp" + " flub=" + flub; }
            }
            """),
          source("wz.MethodFallback", """
            package wz;

            import dev.carafe.*;

            /** test_method_fallback. */
            public class MethodFallback {
              @Get("/mf/")
              public String mfIndex() { return "mfIndex"; }
              @Get("/mf/<name>")
              public String mfHelloName(String name) { return "mfHelloName" + " name=" + name; }
              @Route(value = "/mf/select", methods = "POST")
              public String mfHelloSelect() { return "mfHelloSelect"; }
              @Route(value = "/mf/search_get")
              @Route(value = "/mf/search_post", methods = "POST")
              public String mfSearch() { return "mfSearch"; }
            }
            """),
          source("wz.ImplicitHead", """
            package wz;

            import dev.carafe.*;

            /** test_implicit_head. */
            public class ImplicitHead {
              @Get("/ih/get")
              public String ihA() { return "ihA"; }
              @Route(value = "/ih/post", methods = "POST")
              public String ihB() { return "ihB"; }
            }
            """),
          source("wz.ProtocolJoiningBug", """
            package wz;

            import dev.carafe.*;

            /** test_protocol_joining_bug. */
            public class ProtocolJoiningBug {
              @Get("/pjb/<foo>")
              public String pjbX(String foo) { return "pjbX" + " foo=" + foo; }
            }
            """),
          source("wz.AllowedMethodsQuerying", """
            package wz;

            import dev.carafe.*;

            /** test_allowed_methods_querying. */
            public class AllowedMethodsQuerying {
              @Route(value = "/amq/<foo>", methods = {"GET", "HEAD"})
              public String amqFoo(String foo) { return "amqFoo" + " foo=" + foo; }
              @Route(value = "/amq/foo", methods = "POST")
              public String amqPost() { return "amqPost"; }
            }
            """),
          source("wz.ExternalBuildingWithPort", """
            package wz;

            import dev.carafe.*;

            /** test_external_building_with_port. */
            public class ExternalBuildingWithPort {
              @Get("/ebp/")
              public String ebpIndex() { return "ebpIndex"; }
            }
            """),
          source("wz.AliasRedirects", """
            package wz;

            import dev.carafe.*;

            /** test_alias_redirects (Carafe has no alias=True; the aliases are redirectTo rules, Flask's redirect_to). */
            public class AliasRedirects {
              @Route(value = "/alias/")
              @Route(value = "/alias/index.html", redirectTo = "/alias/")
              public String aliasIndex() { return "aliasIndex"; }
              @Route(value = "/alias/users/", defaults = "page=1")
              @Route(value = "/alias/users/index.html", redirectTo = "/alias/users/")
              @Route(value = "/alias/users/page/<int:page>")
              @Route(value = "/alias/users/page-<int:page>.html", redirectTo = "/alias/users/page/<page>")
              public String aliasUsers(int page) { return "aliasUsers" + " page=" + page; }
            }
            """),
          source("wz.DoubleDefaults", """
            package wz;

            import dev.carafe.*;

            /** test_double_defaults, once without a prefix (here /dd1) and once with /aaa (here /dd2/aaa). */
            public class DoubleDefaults {
              @Route(value = "/dd1/", defaults = {"foo=1", "bar=false"})
              @Route(value = "/dd1/<int:foo>", defaults = "bar=false")
              @Route(value = "/dd1/bar/", defaults = {"foo=1", "bar=true"})
              @Route(value = "/dd1/bar/<int:foo>", defaults = "bar=true")
              public String dd1X(int foo, boolean bar) { return "dd1X" + " foo=" + foo + " bar=" + bar; }
              @Route(value = "/dd2/aaa/", defaults = {"foo=1", "bar=false"})
              @Route(value = "/dd2/aaa/<int:foo>", defaults = "bar=false")
              @Route(value = "/dd2/aaa/bar/", defaults = {"foo=1", "bar=true"})
              @Route(value = "/dd2/aaa/bar/<int:foo>", defaults = "bar=true")
              public String dd2X(int foo, boolean bar) { return "dd2X" + " foo=" + foo + " bar=" + bar; }
            }
            """),
          source("wz.RedirectPathQuoting", """
            package wz;

            import dev.carafe.*;

            /** test_redirect_path_quoting. */
            public class RedirectPathQuoting {
              @Route(value = "/rpq/<category>", defaults = "page=1")
              @Route(value = "/rpq/<category>/page/<int:page>")
              public String rpqCategory(String category, int page) { return "rpqCategory" + " category=" + category + " page=" + page; }
            }
            """),
          source("wz.UnicodeRules", """
            package wz;

            import dev.carafe.*;

            /** test_unicode_rules. */
            public class UnicodeRules {
              @Get("/uni/войти/")
              public String uniEnter() { return "uniEnter"; }
              @Get("/uni/foo+bar/")
              public String uniFoobar() { return "uniFoobar"; }
            }
            """),
          source("wz.ClosestMatch", """
            package wz;

            import dev.carafe.*;

            /** test_finding_closest_match_by_endpoint, test_error_message_without_suggested_rule and test_error_message_suggestion. */
            public class ClosestMatch {
              @Route(value = "/fcm/foo/", endpoint = "users.here")
              public String usersHere() { return "users.here"; }
              @Route(value = "/fcm/wat/", endpoint = "admin.users")
              public String adminUsers() { return "admin.users"; }
              @Route(value = "/fcm/woop", endpoint = "foo.users")
              public String fooUsers() { return "foo.users"; }
              @Get("/emw/foo/")
              public String worldFoo() { return "worldFoo"; }
              @Get("/ems/foo/<id>/")
              public String world(String id) { return "world" + " id=" + id; }
            }
            """),
          source("wz.BuildUrlWithArgSelf", """
            package wz;

            import dev.carafe.*;

            /** test_build_url_with_arg_self. */
            public class BuildUrlWithArgSelf {
              @Get("/bsa/foo/<string:self>")
              public String bsaFoo(String self) { return "bsaFoo" + " self=" + self; }
            }
            """),
          source("wz.PathWeighting", """
            package wz;

            import dev.carafe.*;

            /** test_path_weighting. */
            public class PathWeighting {
              @Get("/pw/<path:path>/c")
              public String pwSimple(String path) { return "pwSimple" + " path=" + path; }
              @Get("/pw/<path:path>/<a>/<b>")
              public String pwComplex(String path, String a, String b) { return "pwComplex" + " path=" + path + " a=" + a + " b=" + b; }
            }
            """),
          source("wz.NewlineMatch", """
            package wz;

            import dev.carafe.*;

            /** test_newline_match. */
            public class NewlineMatch {
              @Get("/nl/hello")
              public String nlHello() { return "nlHello"; }
            }
            """),
          source("wz.Weighting", """
            package wz;

            import dev.carafe.*;

            /** test_weighting. */
            public class Weighting {
              @Get("/wt/<int:value>")
              public String wtInt(int value) { return "wtInt" + " value=" + value; }
              @Get("/wt/<uuid:value>")
              public String wtUuid(java.util.UUID value) { return "wtUuid" + " value=" + value; }
            }
            """),
          source("wz.MultipleConvertersPerPart", """
            package wz;

            import dev.carafe.*;

            /** test_multiple_converters_per_part. */
            public class MultipleConvertersPerPart {
              @Get("/mc/v<int:major>.<int:minor>")
              public String mcVersion(int major, int minor) { return "mcVersion" + " major=" + major + " minor=" + minor; }
            }
            """),
          source("wz.StaticRegexEscape", """
            package wz;

            import dev.carafe.*;

            /** test_static_regex_escape. */
            public class StaticRegexEscape {
              @Get("/sre/.<int:value>")
              public String sreDotted(int value) { return "sreDotted" + " value=" + value; }
            }
            """),
          source("wz.RegexConverter", """
            package wz;

            import dev.carafe.*;

            /** test_regex (the regex is a @UrlConverter's pattern). */
            public class RegexConverter {
              @Get("/rx/<dotted:value>")
              public String rxRegex(String value) { return "rxRegex" + " value=" + value; }
            }
            """),
          source("wz.ConverterDocs", """
            package wz;

            import dev.carafe.*;

            /** the examples of the converters' docstrings (converters.py), with their arguments. */
            public class ConverterDocs {
              @Get("/conv/pages/<page>")
              public String convPages(String page) { return "convPages" + " page=" + page; }
              @Get("/conv/lang/<string(length=2):lang_code>")
              public String convLang(String lang_code) { return "convLang" + " lang_code=" + lang_code; }
              @Get("/conv/short/<string(minlength=2, maxlength=3):s>")
              public String convShort(String s) { return "convShort" + " s=" + s; }
              @Get("/conv/any/<any(about, help, imprint, class, \\"foo,bar\\"):page_name>")
              public String convAny(String page_name) { return "convAny" + " page_name=" + page_name; }
              @Get("/conv/wiki/<path:wikipage>")
              public String convWiki(String wikipage) { return "convWiki" + " wikipage=" + wikipage; }
              @Get("/conv/wiki/<path:wikipage>/edit")
              public String convWikiEdit(String wikipage) { return "convWikiEdit" + " wikipage=" + wikipage; }
              @Get("/conv/page/<int:page>")
              public String convPage(int page) { return "convPage" + " page=" + page; }
              @Get("/conv/signed/<int(signed=True):page>")
              public String convSignedPage(int page) { return "convSignedPage" + " page=" + page; }
              @Get("/conv/fixed/<int(fixed_digits=4):n>/")
              public String convFixed(int n) { return "convFixed" + " n=" + n; }
              @Get("/conv/range/<int(min=1, max=10):n>")
              public String convRange(int n) { return "convRange" + " n=" + n; }
              @Get("/conv/probability/<float:probability>")
              public String convProbability(double probability) { return "convProbability" + " probability=" + probability; }
              @Get("/conv/offset/<float(signed=True):offset>")
              public String convOffset(double offset) { return "convOffset" + " offset=" + offset; }
              @Get("/conv/frange/<float(min=0.5, max=1.5):x>")
              public String convFloatRange(double x) { return "convFloatRange" + " x=" + x; }
              @Get("/conv/object/<uuid:identifier>")
              public String convObject(java.util.UUID identifier) { return "convObject" + " identifier=" + identifier; }
            }
            """),
          source("wz.UrlFor", """
            package wz;

            import dev.carafe.*;

            /** Builds a URL during a request, for the tests of external URLs and mount points. */
            public class UrlFor {
              /** Builds a URL during a request: values come from the query, "int:"/"float:"/"bool:" typed. */
              @Get("/urlfor/<name>")
              public String urlfor(String name, Request request) {
                java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
                request.args().forEach((key, list) -> values.put(key, typed(list.get(0))));
                try {
                  return RequestContext.current().app().urlFor(name, values);
                } catch (BuildError e) {
                  return "BuildError";
                }
              }

              private static Object typed(String text) {
                if (text.startsWith("int:")) return Integer.valueOf(text.substring(4));
                if (text.startsWith("float:")) return Double.valueOf(text.substring(6));
                if (text.startsWith("bool:")) return Boolean.valueOf(text.substring(5));
                return text;
              }
            }
            """),
          longBuild());
    }
    return main;
  }

  /** The application with strictSlashes and mergeSlashes off (package {@code wzlenient}). */
  static synchronized App lenient() {
    if (lenient == null) {
      lenient = compile("wzlenient.Site",
          source("wzlenient.Site", """
            package wzlenient;

            @dev.carafe.Application(strictSlashes = false, mergeSlashes = false)
            public class Site {}
            """),
          source("wzlenient.StrictSlashesLeavesDontConsume", """
            package wzlenient;

            import dev.carafe.*;

            /** test_strict_slashes_leaves_dont_consume (the Map has strict_slashes=False). */
            public class StrictSlashesLeavesDontConsume {
              @Route(value = "/sl/path1")
              @Route(value = "/sl/path2", strictSlashes = false)
              @Route(value = "/sl/path3")
              @Route(value = "/sl/path4", strictSlashes = false)
              @Route(value = "/sl/path5")
              public String sldcLeaf() { return "sldcLeaf"; }
              @Route(value = "/sl/path1/")
              @Route(value = "/sl/path2/")
              @Route(value = "/sl/path3/", strictSlashes = false)
              @Route(value = "/sl/path4/", strictSlashes = false)
              public String sldcBranch() { return "sldcBranch"; }
            }
            """),
          source("wzlenient.MergeSlashesOff", """
            package wzlenient;

            import dev.carafe.*;

            /** the rules of test_merge_slashes_match and test_merge_slashes_build with merge_slashes=False (here the application's mergeSlashes = false). */
            public class MergeSlashesOff {
              @Get("/ms/no//merge")
              public String msNoMerge() { return "msNoMerge"; }
              @Get("/ms/no/merging")
              public String msNoMerging() { return "msNoMerging"; }
              @Get("/msb/no//merge")
              public String msbNoMerge() { return "msbNoMerge"; }
            }
            """));
    }
    return lenient;
  }

  /**
   * test_long_build: Werkzeug builds a rule of 10,000 variables; a Java method takes at most 255
   * parameters, so this rule has 200.
   */
  static final int LONG_BUILD_VARIABLES = 200;

  private static JavaFileObject longBuild() {
    StringJoiner rule = new StringJoiner("");
    StringJoiner parameters = new StringJoiner(", ");
    for (int i = 0; i < LONG_BUILD_VARIABLES; i++) {
      rule.add("/<v" + i + ">");
      parameters.add("String v" + i);
    }
    return source("wz.LongBuild", "package wz;\n\nimport dev.carafe.*;\n\n"
        + "/** test_long_build. */\npublic class LongBuild {\n"
        + "  @Get(\"/lb" + rule + "\")\n"
        + "  public String lbBleep(" + parameters + ") { return \"lbBleep\"; }\n}\n");
  }

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString(name, text);
  }

  private static App compile(String appClass, JavaFileObject... sources) {
    Compilation compilation = Compiler.compile(sources);
    assertThat(compilation).succeeded();
    return Compiler.app(compilation, appClass);
  }

  /** A gateway that says, in a failure's message, how it reaches the application. */
  record Reached(String how, Gateway gateway) implements Gateway {
    @Override
    public dev.carafe.gateway.Body call(dev.carafe.gateway.Environ environ,
        dev.carafe.gateway.StartResponse start) {
      return gateway.call(environ, start);
    }
  }

  /**
   * {@code app} mounted under {@code scriptName}, as a WSGI dispatcher would mount it: Werkzeug's
   * {@code script_name}, Flask's test client's {@code base_url="http://localhost/test/"}.
   */
  static Gateway mounted(Gateway app, String scriptName) {
    return new Reached(" (mounted under " + scriptName + ")",
        (environ, start) -> app.call(environ.withPath(scriptName, environ.pathInfo()), start));
  }

  /** {@code app} reached as {@code host:port}, for the external URLs it builds. */
  static Gateway hosted(Gateway app, String host, int port) {
    String hostHeader = port == 80 ? host : host + ":" + port;
    return new Reached(" (to http://" + hostHeader + ")", (environ, start) -> {
      Headers headers = environ.headers();
      if (headers instanceof HeaderList) {
        headers = ((HeaderList) headers).withOnly("Host", hostHeader);
      }
      return app.call(environ.toBuilder().host(host).port(port).headers(headers).build(), start);
    });
  }

  /**
   * {@code app} mounted under {@code scriptName} and asked for the mount point itself, without a
   * slash: the path info is empty, as a server passes it (the client's own path is ignored).
   */
  static Gateway emptyPath(Gateway app, String scriptName) {
    return new Reached(" (in fact an empty path info under the script name '" + scriptName + "')",
        (environ, start) -> app.call(environ.withPath(scriptName, ""), start));
  }

  /**
   * A request and what Flask answers to it: the status, then for a redirect the path and query of
   * the {@code Location}, for a 405 or an {@code OPTIONS} request the {@code Allow}, for a 200 the
   * body, else nothing.
   */
  record Row(String method, String path, int status, String expected) {
    void check(Gateway gateway) {
      TestResponse response = new TestClient(gateway).request(method, path).send();
      String how = gateway instanceof Reached ? ((Reached) gateway).how() : "";
      assertEquals(summary(status, expected), summary(response.status(), detail(response)),
          method + " " + path + how);
    }

    private String detail(TestResponse response) {
      int actual = response.status();
      if (actual >= 300 && actual < 400) {
        return response.header("Location");
      }
      if (method.equals("OPTIONS") || actual == 405) {
        String allow = response.header("Allow");
        return allow == null ? null : String.join(", ", new TreeSet<>(Arrays.asList(allow.split(",\\s*"))));
      }
      return actual == 200 ? response.text() : null;
    }

    private static String summary(int status, String detail) {
      return detail == null ? Integer.toString(status) : status + " " + detail;
    }
  }

  static Row row(String method, String path, int status, String expected) {
    return new Row(method, path, status, expected);
  }

  /** The checks of {@code rows}, each sent through the test client to {@code gateway}. */
  static List<Executable> on(Gateway gateway, Row... rows) {
    List<Executable> checks = new ArrayList<>();
    for (Row row : rows) {
      checks.add(() -> row.check(gateway));
    }
    return checks;
  }

  /** Runs every check of every group, and reports every one that fails. */
  @SafeVarargs
  static void expect(List<Executable>... groups) {
    List<Executable> checks = new ArrayList<>();
    for (List<Executable> group : groups) {
      checks.addAll(group);
    }
    assertAll(checks);
  }

  /** A URL built outside a request, {@code app.urlFor}, and what Flask's {@code url_for} does. */
  interface BuildCase {
    void check(App app);
  }

  /** The URL Flask builds for the values. */
  static BuildCase url(String expected, String endpoint, Object... namesAndValues) {
    Map<String, Object> values = values(namesAndValues);
    return app -> assertEquals(expected, build(app, endpoint, values), "urlFor(" + endpoint + ", " + values + ")");
  }

  /** Flask raises a BuildError: so must Carafe, with a message that holds each of {@code contains}. */
  static BuildCase buildError(List<String> contains, String endpoint, Object... namesAndValues) {
    Map<String, Object> values = values(namesAndValues);
    return app -> {
      String what = "urlFor(" + endpoint + ", " + values + ")";
      try {
        fail(what + " built " + app.urlFor(endpoint, values) + "; Flask raises a BuildError");
      } catch (BuildError e) {
        for (String part : contains) {
          assertTrue(e.getMessage().contains(part), what + ": the message '" + e.getMessage()
              + "' does not say " + part);
        }
      }
    };
  }

  static BuildCase buildError(String endpoint, Object... namesAndValues) {
    return buildError(List.of(), endpoint, namesAndValues);
  }

  /**
   * Flask raises another error (a ValueError or TypeError from the converter): Carafe must refuse
   * too, with any exception, whose message holds each of {@code contains}.
   */
  static BuildCase fails(List<String> contains, String endpoint, Object... namesAndValues) {
    Map<String, Object> values = values(namesAndValues);
    return app -> {
      String what = "urlFor(" + endpoint + ", " + values + ")";
      try {
        fail(what + " built " + app.urlFor(endpoint, values) + "; Flask raises an error");
      } catch (RuntimeException e) {
        for (String part : contains) {
          assertTrue(String.valueOf(e.getMessage()).contains(part), what + ": the message '"
              + e.getMessage() + "' does not say " + part);
        }
      }
    };
  }

  static BuildCase fails(String endpoint, Object... namesAndValues) {
    return fails(List.of(), endpoint, namesAndValues);
  }

  /** The checks of {@code cases}, each built by {@code app}. */
  static List<Executable> urls(App app, BuildCase... cases) {
    List<Executable> checks = new ArrayList<>();
    for (BuildCase buildCase : cases) {
      checks.add(() -> buildCase.check(app));
    }
    return checks;
  }

  private static String build(App app, String endpoint, Map<String, Object> values) {
    try {
      return app.urlFor(endpoint, values);
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Names and values in pairs, in order; a value may be {@code null}, as Python's {@code None}. */
  static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  /** A list that may hold {@code null}, as a Python list may hold {@code None}. */
  static List<Object> list(Object... items) {
    return Arrays.asList(items);
  }
}
