import { defineStore } from 'pinia'
import { getTaxonomy } from '@/api/client'

const KINDS = ['modes', 'categories', 'sections', 'industries', 'regions', 'chains', 'techTags']

/**
 * The vocabularies from GET /api/v1/taxonomy (six 应用模式, ten 场景类别, industries, regions,
 * industry chains, technique tags), loaded once and shared, with code → name lookups.
 */
export const useTaxonomyStore = defineStore('taxonomy', {
  state: () => ({
    modes: [],
    categories: [],
    sections: [],
    industries: [],
    regions: [],
    chains: [],
    techTags: [],
    loading: false,
    loaded: false,
    error: null,
  }),
  getters: {
    isEmpty: (state) => state.loaded && state.modes.length === 0 && state.categories.length === 0,
    /** name(kind, code): the Chinese name of a code, or the code itself when unknown. */
    name: (state) => {
      const maps = {}
      for (const kind of KINDS) maps[kind] = new Map(state[kind].map((t) => [t.code, t.name]))
      return (kind, code) => (code == null ? '' : maps[kind]?.get(code) || code)
    },
    /** Regions below the province (cities and their districts), for district pickers. */
    districts: (state) => state.regions.filter((r) => r.parentCode && !/0000$/.test(r.code)),
  },
  actions: {
    async load({ force = false } = {}) {
      if (this.loading || (this.loaded && !force)) return
      this.loading = true
      this.error = null
      try {
        const data = await getTaxonomy()
        for (const kind of KINDS) this[kind] = data[kind] || []
        this.loaded = true
      } catch (err) {
        this.error = err
      } finally {
        this.loading = false
      }
    },
  },
})
