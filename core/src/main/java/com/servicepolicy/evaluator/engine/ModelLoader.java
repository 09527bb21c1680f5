package com.servicepolicy.evaluator.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a KieBase from units compiled to the executable model: classes are defined, nothing is compiled. */
final class ModelLoader {
    private ModelLoader() {
    }

    /**
     * @throws LinkageError or a runtime exception when the classes do not fit this engine (a stale or damaged
     *                      entry that passed its checks): the caller compiles again
     */
    static KieBase load(List<CompiledUnit> units) throws ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>();
        units.forEach(u -> classes.putAll(u.classes()));
        ClassLoader loader = new UnitClassLoader(classes, ModelLoader.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (CompiledUnit unit : units) {
            for (String name : unit.models()) {
                models.add((Model) loader.loadClass(name).getConstructor().newInstance());
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Defines the generated classes from their bytes, asking the evaluator's own loader for everything else. */
    private static final class UnitClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        UnitClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
