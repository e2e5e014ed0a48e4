package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;
import dev.carafe.processor.model.ApplicationModel;

/**
 * The classes generated for one application, named after its class: {@code Shop} gets
 * {@code ShopDispatch}, {@code ShopUrls}, {@code ShopApp}, {@code ShopJson}, {@code ShopMain} and
 * {@code ShopTemplates}.
 *
 * @param json the class of the JSON adapters, or {@code null} when no record goes to JSON
 * @param templates the class that renders the templates, if the application has some
 */
record GeneratedTypes(ClassName application, ClassName dispatch, ClassName urls, ClassName app,
    ClassName json, ClassName main, ClassName templates) {

  static GeneratedTypes of(ApplicationModel model) {
    String packageName = model.packageName();
    String prefix = model.simpleName();
    return new GeneratedTypes(ClassName.get(model.type()),
        ClassName.get(packageName, prefix + "Dispatch"),
        ClassName.get(packageName, prefix + "Urls"),
        ClassName.get(packageName, prefix + "App"),
        model.jsonRecords().isEmpty() ? null : ClassName.get(packageName, prefix + "Json"),
        ClassName.get(packageName, prefix + "Main"),
        ClassName.get(packageName, prefix + "Templates"));
  }
}
