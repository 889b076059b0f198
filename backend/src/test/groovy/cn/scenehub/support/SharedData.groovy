package cn.scenehub.support

/** The shared development set (../shared beside the repository). */
class SharedData {

    static File matchingDev(String name) {
        def candidates = ['../../shared/data/matching-dev', '../shared/data/matching-dev']
        def dir = candidates.collect { new File(it) }.find { it.isDirectory() }
        assert dir: 'shared/data/matching-dev not found beside the repository'
        new File(dir, name)
    }
}
